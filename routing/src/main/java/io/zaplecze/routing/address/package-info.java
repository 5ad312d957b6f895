/**
 * Addresses of the loaded map: an index of its OSM {@code addr:*} nodes and ways in routing's schema,
 * built when the map is loaded, and the resolver behind {@link io.zaplecze.routing.AddressDirectory}.
 */
@NullMarked
package io.zaplecze.routing.address;

import org.jspecify.annotations.NullMarked;
