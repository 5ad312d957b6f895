/**
 * Routing: the road network (GraphHopper), travel-time matrices, the fleet, Timefold route
 * planning, versioned plans, publishing and re-planning.
 *
 * <p>Must not store telemetry. Depends on no other domain module: what it needs from downstream
 * modules it declares here and they provide it ({@link io.zaplecze.routing.DeliveryRequested} and
 * {@link io.zaplecze.routing.DeliveryReadyAt} from the warehouse, {@link io.zaplecze.routing.FleetLiveState}
 * from tracking).
 */
@ApplicationModule(displayName = "Routing", allowedDependencies = "platform")
@NullMarked
package io.zaplecze.routing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
