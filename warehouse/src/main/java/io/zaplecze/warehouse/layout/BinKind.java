package io.zaplecze.warehouse.layout;

/** What a bin is used for. */
public enum BinKind {

	/** Pickers take goods from it; slotting assigns products to these. */
	PICK_FACE,

	/** Overstock, replenishes pick faces. */
	RESERVE,

	/** The receiving area where receipts land before putaway (one per site). */
	RECEIVING,

	/** Damaged or blocked goods (one per site). */
	QUARANTINE

}
