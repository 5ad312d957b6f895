/**
 * Tracking: MQTT ingest of device telemetry and stop events, the telemetry store, live vehicle
 * state, stop arrival, ETAs, the shipment status timeline, tracking codes and live feeds.
 *
 * <p>Must not decide routes. Consumes routing's published plans and the warehouse's shipment
 * events; provides routing's {@link io.zaplecze.routing.FleetLiveState} port.
 */
@ApplicationModule(displayName = "Tracking", allowedDependencies = { "platform", "mqtt", "routing", "warehouse" })
@NullMarked
package io.zaplecze.tracking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
