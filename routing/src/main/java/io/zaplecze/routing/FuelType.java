package io.zaplecze.routing;

/** What a vehicle runs on; reports turn driven kilometres into CO2 with a configurable factor per type. */
public enum FuelType {

	DIESEL, PETROL, CNG, LPG, ELECTRIC, HVO

}
