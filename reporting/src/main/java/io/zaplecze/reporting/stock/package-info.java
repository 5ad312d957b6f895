/** The stock read model: fill rate from reservations, and the stock report from inventory's figures. */
@NullMarked
package io.zaplecze.reporting.stock;

import org.jspecify.annotations.NullMarked;
