package io.zaplecze.warehouse.order;

import io.zaplecze.warehouse.WarehouseFailure;

/** Once picking has started an order can no longer be cancelled in the warehouse. */
public class OrderNotCancellable extends WarehouseFailure {

	public OrderNotCancellable(String orderNumber, OrderStatus status) {
		super(Kind.CONFLICT, "Order " + orderNumber + " is " + status + " and can no longer be cancelled");
	}

}
