package io.zaplecze.warehouse.putaway;

import io.zaplecze.warehouse.WarehouseFailure;

/** Goods put into another bin than the suggested one need a reason. */
class ReasonRequired extends WarehouseFailure {

	ReasonRequired(String chosen, String suggested) {
		super(Kind.UNPROCESSABLE, "Bin " + chosen + " is not the suggested bin " + suggested
				+ ": choose a reason for putting the goods there");
	}

}
