/**
 * Warehouse: sites and depots, temperature zones, bins, receiving, putaway, slotting, outbound
 * orders, pick waves and pick paths, packing and loading order, ready times.
 *
 * <p>Must not plan routes. Asks inventory through its facade; tells routing about deliveries
 * through the event types routing declares; consumes published route plans.
 */
@ApplicationModule(displayName = "Warehouse", allowedDependencies = { "platform", "inventory", "routing" })
@NullMarked
package io.zaplecze.warehouse;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
