package io.zaplecze.warehouse.order;

/** Where an outbound order stands in the warehouse. */
public enum OrderStatus {

	/** Entered, stock not yet reserved. */
	CREATED,

	/** Stock reserved (possibly with a backorder on some lines); waiting for a route. */
	ALLOCATED,

	/** Nothing could be reserved: every line is backordered; not sent to routing. */
	BACKORDERED,

	/** Picking has started. */
	PICKING,

	/** All lines picked and packed into handling units. */
	PICKED,

	/** Loaded onto its vehicle. */
	LOADED,

	/** Cancelled before picking. */
	CANCELLED

}
