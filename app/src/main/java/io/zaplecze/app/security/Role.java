package io.zaplecze.app.security;

/** The roles of Zaplecze's users (the anonymous customer with a tracking code needs none). */
public enum Role {

	/** Plans, publishes and watches routes; assigns drivers to vehicles. */
	DISPATCHER,

	/** Receives, stores, picks, packs and loads. */
	WAREHOUSE,

	/** A driver: reads only the route of the vehicle assigned to them that day. */
	DRIVER,

	/** Answers customers: reads shipments, orders and the catalogue; changes no plan and no stock. */
	FRONT_OFFICE,

	/** Runs the system: everything, including metrics and the audit trail. */
	ADMIN

}
