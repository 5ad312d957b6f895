package io.zaplecze.warehouse.receiving;

import io.zaplecze.warehouse.WarehouseFailure;

/** Goods arriving with less remaining shelf life than the product needs (or without the date it needs). */
class ShelfLifeTooShort extends WarehouseFailure {

	ShelfLifeTooShort(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
