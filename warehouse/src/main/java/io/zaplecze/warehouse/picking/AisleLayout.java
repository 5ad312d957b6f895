package io.zaplecze.warehouse.picking;

import java.util.List;

/**
 * The walking geometry of one zone as a picker sees it: parallel aisles (at their centre-line
 * {@code x}) between a front cross-aisle at {@code frontY} and a back cross-aisle at {@code backY}
 * (a single-block layout), and the point where pick tours start and end (the zone's entry, where
 * the packing station is). All in metres on the floor plan.
 *
 * @param aisleX centre-line x of each aisle, ascending; an aisle is addressed by its index here
 * @param frontY y of the front cross-aisle
 * @param backY y of the back cross-aisle, greater than {@code frontY}
 * @param entryX x of the tour start/end point
 * @param entryY y of the tour start/end point (on or in front of the front cross-aisle)
 */
public record AisleLayout(List<Double> aisleX, double frontY, double backY, double entryX, double entryY) {

	public AisleLayout {
		aisleX = List.copyOf(aisleX);
		if (!(backY > frontY)) {
			throw new IllegalArgumentException("The back cross-aisle must lie behind the front one");
		}
		for (int i = 1; i < aisleX.size(); i++) {
			if (aisleX.get(i) < aisleX.get(i - 1)) {
				throw new IllegalArgumentException("Aisles must be given in ascending x");
			}
		}
	}

	/** Length of an aisle between the two cross-aisles. */
	public double aisleLength() {
		return this.backY - this.frontY;
	}

	public double x(int aisle) {
		return this.aisleX.get(aisle);
	}

	/** Distance from the entry point to the front cross-aisle, walked once out and once back. */
	double entryOffset() {
		return Math.abs(this.entryY - this.frontY);
	}

	/** Shortest walking distance between two points in aisles (through a cross-aisle if they differ). */
	public double distance(PickPoint a, PickPoint b) {
		if (a.aisle() == b.aisle()) {
			return Math.abs(a.y() - b.y());
		}
		double across = Math.abs(x(a.aisle()) - x(b.aisle()));
		double viaFront = (a.y() - this.frontY) + (b.y() - this.frontY);
		double viaBack = (this.backY - a.y()) + (this.backY - b.y());
		return across + Math.min(viaFront, viaBack);
	}

	/** Shortest walking distance between the entry point and a point in an aisle. */
	public double distanceFromEntry(PickPoint p) {
		return entryOffset() + Math.abs(this.entryX - x(p.aisle())) + (p.y() - this.frontY);
	}

}
