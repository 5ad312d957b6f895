package io.zaplecze.warehouse.order;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** No outbound order with this id. */
public class OrderNotFound extends WarehouseFailure {

	public OrderNotFound(UUID id) {
		super(Kind.NOT_FOUND, "Unknown outbound order " + id);
	}

}
