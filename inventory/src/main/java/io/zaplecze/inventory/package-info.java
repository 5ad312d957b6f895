/**
 * Inventory: products (SKU, weight, volume, temperature class, rotation policy), lots and expiry,
 * stock per location, the immutable movement ledger, reservations by rotation policy,
 * replenishment and cycle counts. Locations are opaque ids owned by the warehouse.
 *
 * <p>Must not know about vehicles, routes or bins' geometry. Depends on no other domain module.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = "platform")
@NullMarked
package io.zaplecze.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
