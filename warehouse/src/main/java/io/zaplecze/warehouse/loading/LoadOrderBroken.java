package io.zaplecze.warehouse.loading;

import io.zaplecze.warehouse.WarehouseFailure;

/** A handling unit scanned before units of later stops, which must go into the van first. */
class LoadOrderBroken extends WarehouseFailure {

	LoadOrderBroken(String scanned, int stop, String first, int firstStop) {
		super(Kind.CONFLICT, "Not yet: " + scanned + " (stop " + stop + ") goes in after " + first + " (stop " + firstStop
				+ "): the last stop is loaded first");
	}

}
