/**
 * Product prices with history: unit cost and sales price per product and site, one currency per
 * site, append-only (a new price supersedes the old one from its validity instant).
 */
@NullMarked
package io.zaplecze.inventory.price;

import org.jspecify.annotations.NullMarked;
