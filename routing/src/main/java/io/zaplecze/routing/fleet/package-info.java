/** The fleet: vehicles, their shifts, capacities, refrigeration, limits and costs, and their REST API. */
@NullMarked
package io.zaplecze.routing.fleet;

import org.jspecify.annotations.NullMarked;
