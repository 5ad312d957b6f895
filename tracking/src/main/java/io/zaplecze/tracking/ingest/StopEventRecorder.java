package io.zaplecze.tracking.ingest;

/**
 * Records the effects of a newly stored stop event (stop progress, shipment timeline) inside the
 * ingest's transaction, so an event's effects are stored exactly when the event is.
 */
public interface StopEventRecorder {

	void record(StopEvent event);

}
