package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** A product may not be stored in a bin of another temperature class (never chilled goods in ambient). */
public class WrongTemperatureClass extends WarehouseFailure {

	public WrongTemperatureClass(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
