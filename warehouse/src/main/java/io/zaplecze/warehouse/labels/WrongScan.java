package io.zaplecze.warehouse.labels;

import io.zaplecze.warehouse.WarehouseFailure;

/**
 * A scanned code is not what the step asks for (another bin, product, lot, handling unit or dock
 * door, or no label of that kind at all). Nothing was changed.
 */
public class WrongScan extends WarehouseFailure {

	public WrongScan(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
