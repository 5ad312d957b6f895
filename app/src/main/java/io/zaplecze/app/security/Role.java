package io.zaplecze.app.security;

/** The roles of Zaplecze's users. */
public enum Role {

	/** Plans, publishes and watches routes. */
	DISPATCHER,

	/** Receives, stores, picks, packs and loads. */
	WAREHOUSE,

	/** A driver or a driver's device: reads its route. */
	DRIVER,

	/** Runs the system: everything, including metrics. */
	ADMIN

}
