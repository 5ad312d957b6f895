/** Stock commands (receipt, move, adjustment, scrap, return), lots and stock queries over REST. */
@NullMarked
package io.zaplecze.inventory.stock;

import org.jspecify.annotations.NullMarked;
