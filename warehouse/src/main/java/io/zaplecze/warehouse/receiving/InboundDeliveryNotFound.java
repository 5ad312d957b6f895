package io.zaplecze.warehouse.receiving;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** No inbound delivery with this id. */
public class InboundDeliveryNotFound extends WarehouseFailure {

	public InboundDeliveryNotFound(UUID id) {
		super(Kind.NOT_FOUND, "Unknown inbound delivery " + id);
	}

}
