package io.zaplecze.tracking.ingest;

import java.util.List;

/**
 * Live logic fed with what a batch stored, after the commit and before the acknowledgement. A failing
 * detector is counted and logged; it never holds up the ingest (the data is already safe).
 */
public interface Detector {

	/**
	 * @param fixes the batch's accepted positions, in arrival order (duplicates possible)
	 * @param newEvents stop events stored for the first time
	 */
	void detect(List<PositionFix> fixes, List<StopEvent> newEvents);

}
