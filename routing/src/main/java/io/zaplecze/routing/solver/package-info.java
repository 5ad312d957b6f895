/**
 * The route-planning model for Timefold 2.2 (community edition): vehicles with a planning list of
 * visits, the route simulation every rule reads, the constraints, the ruin-and-recreate custom phase
 * that stands in for the missing nearby selection and multi-threaded solving, and the explanations
 * (score per constraint, reason per unassigned visit). Knows nothing of Spring, JSON or the database.
 */
@NullMarked
package io.zaplecze.routing.solver;

import org.jspecify.annotations.NullMarked;
