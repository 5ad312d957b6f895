package io.zaplecze.warehouse.slotting;

import io.zaplecze.warehouse.WarehouseFailure;

/** The bin is already another product's slot. */
public class SlotTaken extends WarehouseFailure {

	public SlotTaken(String bin, String sku) {
		super(Kind.CONFLICT, "Bin " + bin + " is already the slot of " + sku);
	}

}
