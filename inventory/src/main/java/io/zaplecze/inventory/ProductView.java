package io.zaplecze.inventory;

/**
 * A product as other modules see it.
 *
 * @param sku stock-keeping unit code
 * @param name display name
 * @param unit the unit quantities count (e.g. {@code pcs}, {@code case})
 * @param weightGrams weight of one unit
 * @param volumeCm3 volume of one unit
 * @param temperatureClass storage and transport temperature
 * @param rotationPolicy which lot leaves first
 * @param minShelfLifeDays minimum remaining shelf life at delivery, in days (0 for none)
 */
public record ProductView(String sku, String name, String unit, long weightGrams, long volumeCm3,
		TemperatureClass temperatureClass, RotationPolicy rotationPolicy, int minShelfLifeDays) {
}
