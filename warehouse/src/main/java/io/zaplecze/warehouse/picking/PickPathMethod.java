package io.zaplecze.warehouse.picking;

/**
 * How a pick tour through a single-block warehouse is routed. All methods start and end at the
 * zone's entry.
 */
public enum PickPathMethod {

	/**
	 * S-shape (traversal): every aisle with a pick is walked end to end, alternating direction; with
	 * an odd number of aisles the last one is entered and left from the front.
	 */
	S_SHAPE,

	/**
	 * Largest gap: the outermost pick aisles are traversed, every other aisle is entered from the
	 * front and from the back up to its largest gap between picks (or cross-aisles), which is never
	 * walked (Hall 1993).
	 */
	LARGEST_GAP,

	/**
	 * The better of S-shape and largest gap, then improved by 2-opt and or-opt moves on the exact
	 * shortest walking distances between picks; never longer than either.
	 */
	OPTIMISED

}
