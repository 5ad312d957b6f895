package io.zaplecze.warehouse.labels;

import io.zaplecze.warehouse.WarehouseFailure;

/** A label pattern that is not a regular expression with a named group {@code code}. */
class InvalidLabelFormat extends WarehouseFailure {

	InvalidLabelFormat(String message) {
		super(Kind.INVALID, message);
	}

}
