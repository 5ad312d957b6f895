/**
 * Many-to-many travel matrices on a contraction hierarchy (the bucket method), with snapped points
 * entered as phantom nodes; {@link io.zaplecze.routing.matrix.ContractedGraph} is the one adapter
 * over GraphHopper's CH internals. Also the REST matrix endpoint.
 */
@NullMarked
package io.zaplecze.routing.matrix;

import org.jspecify.annotations.NullMarked;
