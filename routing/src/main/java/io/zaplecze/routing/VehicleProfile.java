package io.zaplecze.routing;

/** The road-network profile a vehicle drives with. */
public enum VehicleProfile {

	/** Vans and cars: GraphHopper's car model. */
	CAR,

	/** Lorries: lower top speed, no roads where OSM forbids heavy goods vehicles. */
	TRUCK

}
