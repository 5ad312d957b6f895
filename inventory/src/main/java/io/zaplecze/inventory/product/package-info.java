/** The product catalogue: SKU master data with temperature class, rotation policy and minimum shelf life. */
@NullMarked
package io.zaplecze.inventory.product;

import org.jspecify.annotations.NullMarked;
