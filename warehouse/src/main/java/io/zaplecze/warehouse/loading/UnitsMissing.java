package io.zaplecze.warehouse.loading;

import java.util.List;

import io.zaplecze.warehouse.WarehouseFailure;

/** A route cannot be closed while some of its handling units are not scanned into the vehicle. */
class UnitsMissing extends WarehouseFailure {

	UnitsMissing(String vehicle, List<String> labels) {
		super(Kind.CONFLICT, labels.size() + " handling unit(s) not in vehicle " + vehicle + " yet: " + String.join(", ", labels)
				+ ". Find and scan them before the van leaves");
	}

}
