/**
 * The fleet simulator: simulated drivers' devices that drive the published routes and
 * publish telemetry and stop events over MQTT, plus a load generator and fault injector
 * for tracking.
 *
 * <p>
 * Owns: the device side of the MQTT device contract (topics, payloads, one {@code seq}
 * per device across both topics), driving a plan on a simulated clock, fault injection
 * and the load mode. Public API: {@link io.zaplecze.simulator.Simulation} with
 * {@link io.zaplecze.simulator.DriveConfig} / {@link io.zaplecze.simulator.DriveReport}
 * and {@link io.zaplecze.simulator.LoadConfig} /
 * {@link io.zaplecze.simulator.LoadReport}; the command line is
 * {@link io.zaplecze.simulator.SimulatorMain}.
 *
 * <p>
 * Must not: read the application's tables or depend on any other Zaplecze module. It
 * talks to the application only through the MQTT device contract and the REST API
 * ({@code GET /api/v1/routing/plans/published}). No Spring.
 *
 * <p>
 * Internals by capability: {@code plan} (REST client and plan JSON), {@code driving} (how
 * a vehicle drives a route: geometry, traffic, stops), {@code device} (what a device
 * publishes, its payloads, outbox and faults), {@code clock}, {@code drive} (the run over
 * a whole fleet), {@code load}, {@code mqtt} (the only Paho adapter), {@code cli}.
 */
package io.zaplecze.simulator;
