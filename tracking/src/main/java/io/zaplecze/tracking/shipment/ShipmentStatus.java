package io.zaplecze.tracking.shipment;

/**
 * A shipment's status as customers see it, in the order it normally advances. A status only moves
 * forward (a late event of an earlier step is kept in the timeline but does not move it back);
 * DELIVERED, FAILED and CANCELLED are final.
 */
public enum ShipmentStatus {

	CREATED(0), ALLOCATED(1), PLANNED(2), PICKED(3), LOADED(4), OUT_FOR_DELIVERY(5), ARRIVING(6), DELIVERED(7),
	FAILED(7), CANCELLED(7);

	private final int rank;

	ShipmentStatus(int rank) {
		this.rank = rank;
	}

	/** Position in the normal course of a shipment; the final statuses share the last. */
	int rank() {
		return this.rank;
	}

	public boolean isFinal() {
		return this.rank == 7;
	}

	/** Whether a shipment in this status moves to {@code next}. */
	public boolean advancesTo(ShipmentStatus next) {
		return !isFinal() && next.rank > this.rank;
	}

}
