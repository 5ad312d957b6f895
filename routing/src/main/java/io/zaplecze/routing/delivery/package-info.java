/**
 * Intake of the warehouse's delivery events ({@link io.zaplecze.routing.DeliveryRequested},
 * {@link io.zaplecze.routing.DeliveryReadyAt}, {@link io.zaplecze.routing.DeliveryCancelled}) into
 * routing's own tables, idempotent by shipment id, and their read API.
 */
@NullMarked
package io.zaplecze.routing.delivery;

import org.jspecify.annotations.NullMarked;
