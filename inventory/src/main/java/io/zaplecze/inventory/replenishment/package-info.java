/** Min/max rules per SKU and site with suggestions, the expiring-lots report, the daily expiry scan, scrapping expired stock. */
@NullMarked
package io.zaplecze.inventory.replenishment;

import org.jspecify.annotations.NullMarked;
