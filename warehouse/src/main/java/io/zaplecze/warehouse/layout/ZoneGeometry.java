package io.zaplecze.warehouse.layout;

import java.util.List;
import java.util.Map;

import io.zaplecze.warehouse.picking.AisleLayout;
import io.zaplecze.warehouse.picking.PickPoint;

/**
 * A zone's walking geometry derived from its bins: each aisle's centre line is the mean x of its
 * bins (racks on both sides), the cross-aisles run one metre in front of the first and behind the
 * last bin, tours start at the zone's entry.
 *
 * @param zone the zone
 * @param layout the aisle layout
 * @param aisleIndex aisle code to index in the layout
 */
public record ZoneGeometry(Zone zone, AisleLayout layout, Map<String, Integer> aisleIndex) {

	/** Clearance between the outermost bins and the cross-aisles, in metres. */
	static final double CROSS_AISLE_CLEARANCE = 1.0;

	public ZoneGeometry {
		aisleIndex = Map.copyOf(aisleIndex);
	}

	/** Where a picker stops for the bin. */
	public PickPoint point(Bin bin) {
		Integer aisle = this.aisleIndex.get(bin.aisle());
		if (aisle == null) {
			throw new IllegalArgumentException("Bin " + bin.code() + " is not in zone " + this.zone.code());
		}
		return new PickPoint(aisle, bin.y());
	}

	static ZoneGeometry of(Zone zone, List<Bin> bins) {
		Map<String, double[]> sums = new java.util.TreeMap<>();
		double front = Double.MAX_VALUE;
		double back = -Double.MAX_VALUE;
		for (Bin bin : bins) {
			if (!bin.isStorage()) {
				continue;
			}
			double[] sum = sums.computeIfAbsent(bin.aisle(), (a) -> new double[2]);
			sum[0] += bin.x();
			sum[1]++;
			front = Math.min(front, bin.y());
			back = Math.max(back, bin.y());
		}
		if (sums.isEmpty()) {
			front = zone.entryY();
			back = zone.entryY() + 1;
		}
		List<Map.Entry<String, Double>> aisles = sums.entrySet()
			.stream()
			.map((e) -> Map.entry(e.getKey(), e.getValue()[0] / e.getValue()[1]))
			.sorted(Map.Entry.comparingByValue())
			.toList();
		Map<String, Integer> index = new java.util.HashMap<>();
		for (int i = 0; i < aisles.size(); i++) {
			index.put(aisles.get(i).getKey(), i);
		}
		AisleLayout layout = new AisleLayout(aisles.stream().map(Map.Entry::getValue).toList(),
				front - CROSS_AISLE_CLEARANCE, back + CROSS_AISLE_CLEARANCE, zone.entryX(),
				Math.min(zone.entryY(), front - CROSS_AISLE_CLEARANCE));
		return new ZoneGeometry(zone, layout, index);
	}

}
