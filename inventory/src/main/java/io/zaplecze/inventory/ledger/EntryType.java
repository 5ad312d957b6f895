package io.zaplecze.inventory.ledger;

/** The kinds of ledger entry; the sign of an entry's quantity is the change of on-hand stock. */
public enum EntryType {

	/** Goods arrived (positive). */
	RECEIPT,

	/** Goods moved between locations: one negative and one positive entry with the same reference. */
	MOVE,

	/** Reserved goods were picked for an order (negative). */
	PICK,

	/** A correction with a reason: short pick, damage found, ... (either sign). */
	ADJUSTMENT,

	/** A cycle-count variance with the counted quantity and a reason (either sign). */
	COUNT,

	/** Goods written off, expired or damaged (negative). */
	SCRAP,

	/** Goods came back from a customer or a route (positive). */
	RETURN

}
