package io.zaplecze.inventory;

/** The storage and transport temperature a product needs. */
public enum TemperatureClass {

	/** Room temperature. */
	AMBIENT,

	/** 2–8 °C: needs a chilled zone and a refrigerated vehicle. */
	CHILLED,

	/** −18 °C or colder: needs a frozen zone and a refrigerated vehicle. */
	FROZEN;

	/** Whether goods of this class may only travel in a refrigerated vehicle. */
	public boolean needsRefrigeration() {
		return this != AMBIENT;
	}

}
