/** The {@link io.zaplecze.inventory.StockManagement} facade other modules call. */
@NullMarked
package io.zaplecze.inventory.management;

import org.jspecify.annotations.NullMarked;
