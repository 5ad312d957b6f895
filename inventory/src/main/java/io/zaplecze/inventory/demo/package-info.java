/** The demo day's catalogue: a food and household distributor's products (no stock: the warehouse receives it). */
@NullMarked
package io.zaplecze.inventory.demo;

import org.jspecify.annotations.NullMarked;
