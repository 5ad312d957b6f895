package io.zaplecze.tracking.ingest;

import java.time.Instant;

/** A decoded device message; {@code (vehicleId, seq)} identifies it across both topics. */
public sealed interface DeviceMessage permits PositionFix, StopEvent {

	String vehicleId();

	long seq();

	Instant deviceTime();

}
