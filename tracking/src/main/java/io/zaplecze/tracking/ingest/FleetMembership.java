package io.zaplecze.tracking.ingest;

/** Which vehicles may publish: the ingest dead-letters messages of any other vehicle (unless configured not to). */
public interface FleetMembership {

	boolean isKnown(String vehicleId);

}
