package io.zaplecze.warehouse.receiving;

import io.zaplecze.warehouse.WarehouseFailure;

/** Nothing can be received against (or closed on) a delivery that is already closed. */
public class DeliveryClosed extends WarehouseFailure {

	public DeliveryClosed(String reference) {
		super(Kind.CONFLICT, "Inbound delivery " + reference + " is closed");
	}

}
