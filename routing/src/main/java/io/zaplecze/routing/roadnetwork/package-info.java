/**
 * The road network: GraphHopper embedded as a library. Imports the configured OpenStreetMap
 * extract (or a generated demo town) into a graph cache, prepares contraction hierarchies for the
 * {@code car} and {@code truck} profiles, snaps points, routes with geometry and per-point times,
 * and serves the REST route endpoint. Travel matrices are computed by
 * {@link io.zaplecze.routing.matrix}.
 */
@NullMarked
package io.zaplecze.routing.roadnetwork;

import org.jspecify.annotations.NullMarked;
