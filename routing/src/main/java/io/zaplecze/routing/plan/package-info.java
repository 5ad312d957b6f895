/**
 * Plans as a service: planning jobs queued in the database and solved by whichever instance claims
 * them, progress streams, versioned plans, publishing (raising
 * {@link io.zaplecze.routing.RoutePlanPublished}), re-planning from the live state, pins, the REST
 * API under {@code /api/v1/routing/plans} and the demo day. Builds planning problems from
 * {@link io.zaplecze.routing.delivery} and {@link io.zaplecze.routing.fleet} with the road network's
 * matrices.
 */
@NullMarked
package io.zaplecze.routing.plan;

import org.jspecify.annotations.NullMarked;
