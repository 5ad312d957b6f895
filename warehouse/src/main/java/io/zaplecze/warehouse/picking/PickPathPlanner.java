package io.zaplecze.warehouse.picking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Routes pick tours through a single-block warehouse ({@link AisleLayout}) with S-shape, largest
 * gap, or the improved combination of both ({@link PickPathMethod}). Pure and thread-safe; the
 * slotting optimiser and the benchmark use the same code as the pick lists, so their travel figures
 * are the travel pickers walk.
 */
public final class PickPathPlanner {

	private PickPathPlanner() {
	}

	/** Routes the points with the method; the tour starts and ends at the layout's entry. */
	public static PickTour route(AisleLayout layout, List<PickPoint> points, PickPathMethod method) {
		if (points.isEmpty()) {
			return new PickTour(List.of(), 0);
		}
		return switch (method) {
			case S_SHAPE -> new PickTour(sShapeOrder(layout, points), sShapeLength(layout, points));
			case LARGEST_GAP -> new PickTour(largestGapOrder(layout, points), largestGapLength(layout, points));
			case OPTIMISED -> optimised(layout, points);
		};
	}

	/** The walking distance of a tour visiting the points in the given order by shortest paths. */
	public static double sequenceLength(AisleLayout layout, List<PickPoint> points, List<Integer> order) {
		if (order.isEmpty()) {
			return 0;
		}
		double total = layout.distanceFromEntry(points.get(order.get(0)));
		for (int i = 1; i < order.size(); i++) {
			total += layout.distance(points.get(order.get(i - 1)), points.get(order.get(i)));
		}
		return total + layout.distanceFromEntry(points.get(order.get(order.size() - 1)));
	}

	/** Tour length only, without building the order: what simulations of many tours call. */
	public static double length(AisleLayout layout, List<PickPoint> points, PickPathMethod method) {
		if (points.isEmpty()) {
			return 0;
		}
		return switch (method) {
			case S_SHAPE -> sShapeLength(layout, points);
			case LARGEST_GAP -> largestGapLength(layout, points);
			case OPTIMISED -> optimised(layout, points).distanceMeters();
		};
	}

	// Aisles with picks, ascending x, each with its pick indices ascending in y.
	private static List<int[]> byAisle(List<PickPoint> points) {
		Integer[] idx = new Integer[points.size()];
		for (int i = 0; i < idx.length; i++) {
			idx[i] = i;
		}
		Arrays.sort(idx, (a, b) -> {
			PickPoint pa = points.get(a);
			PickPoint pb = points.get(b);
			int c = Integer.compare(pa.aisle(), pb.aisle());
			return (c != 0) ? c : Double.compare(pa.y(), pb.y());
		});
		List<int[]> aisles = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= idx.length; i++) {
			if (i == idx.length || points.get(idx[i]).aisle() != points.get(idx[start]).aisle()) {
				int[] group = new int[i - start];
				for (int k = start; k < i; k++) {
					group[k - start] = idx[k];
				}
				aisles.add(group);
				start = i;
			}
		}
		return aisles;
	}

	private static double horizontal(AisleLayout layout, double firstX, double lastX) {
		double left = Math.min(firstX, lastX);
		double right = Math.max(firstX, lastX);
		return (right - left) + Math.abs(layout.entryX() - left) + Math.abs(right - layout.entryX());
	}

	private static double sShapeLength(AisleLayout layout, List<PickPoint> points) {
		return length(layout, aisles(points), ys(points), points.size(), PickPathMethod.S_SHAPE);
	}

	private static double largestGapLength(AisleLayout layout, List<PickPoint> points) {
		return length(layout, aisles(points), ys(points), points.size(), PickPathMethod.LARGEST_GAP);
	}

	private static int[] aisles(List<PickPoint> points) {
		return points.stream().mapToInt(PickPoint::aisle).toArray();
	}

	private static double[] ys(List<PickPoint> points) {
		return points.stream().mapToDouble(PickPoint::y).toArray();
	}

	/**
	 * Tour length of S-shape or largest gap for the first {@code n} points given as parallel arrays,
	 * without allocating: the arrays are sorted in place (by aisle, then depth). This is the inner
	 * loop of slotting optimisation and simulation.
	 */
	public static double length(AisleLayout layout, int[] aisle, double[] y, int n, PickPathMethod method) {
		if (n == 0) {
			return 0;
		}
		if (method == PickPathMethod.OPTIMISED) {
			List<PickPoint> points = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				points.add(new PickPoint(aisle[i], y[i]));
			}
			return optimised(layout, points).distanceMeters();
		}
		sortByAisleThenDepth(aisle, y, n);
		int m = 1;
		for (int i = 1; i < n; i++) {
			if (aisle[i] != aisle[i - 1]) {
				m++;
			}
		}
		double total = 2 * layout.entryOffset() + horizontal(layout, layout.x(aisle[0]), layout.x(aisle[n - 1]));
		double firstDeepest = deepestOfFirstAisle(aisle, y, n);
		double lastDeepest = y[n - 1];
		if (m == 1) {
			return total + 2 * (lastDeepest - layout.frontY());
		}
		double length = layout.aisleLength();
		if (method == PickPathMethod.S_SHAPE) {
			if (m % 2 == 0) {
				return total + m * length;
			}
			// Odd count: the last aisle walked is entered and left from the front; walking from
			// either side, take the cheaper end.
			return total + (m - 1) * length + 2 * (Math.min(firstDeepest, lastDeepest) - layout.frontY());
		}
		total += 2 * length;
		int start = 0;
		while (start < n && aisle[start] == aisle[0]) {
			start++;
		}
		while (start < n && aisle[start] != aisle[n - 1]) {
			int end = start;
			double gap = y[start] - layout.frontY();
			while (end + 1 < n && aisle[end + 1] == aisle[start]) {
				gap = Math.max(gap, y[end + 1] - y[end]);
				end++;
			}
			gap = Math.max(gap, layout.backY() - y[end]);
			total += 2 * (length - gap);
			start = end + 1;
		}
		return total;
	}

	private static double deepestOfFirstAisle(int[] aisle, double[] y, int n) {
		int i = 0;
		while (i + 1 < n && aisle[i + 1] == aisle[0]) {
			i++;
		}
		return y[i];
	}

	private static void sortByAisleThenDepth(int[] aisle, double[] y, int n) {
		for (int i = 1; i < n; i++) {
			int a = aisle[i];
			double v = y[i];
			int j = i - 1;
			while (j >= 0 && (aisle[j] > a || (aisle[j] == a && y[j] > v))) {
				aisle[j + 1] = aisle[j];
				y[j + 1] = y[j];
				j--;
			}
			aisle[j + 1] = a;
			y[j + 1] = v;
		}
	}

	private static List<Integer> sShapeOrder(AisleLayout layout, List<PickPoint> points) {
		List<int[]> aisles = byAisle(points);
		if (aisles.size() == 1) {
			return inAndOut(aisles.get(0));
		}
		int m = aisles.size();
		List<Integer> order = new ArrayList<>();
		boolean leftToRight = true;
		if (m % 2 == 1) {
			double endRight = deepest(points, aisles.get(m - 1));
			double endLeft = deepest(points, aisles.get(0));
			leftToRight = endRight <= endLeft;
		}
		for (int k = 0; k < m; k++) {
			int[] aisle = aisles.get(leftToRight ? k : m - 1 - k);
			boolean lastOdd = (k == m - 1) && (m % 2 == 1);
			if (k % 2 == 0 || lastOdd) {
				appendAscending(order, aisle);
			}
			else {
				appendDescending(order, aisle);
			}
		}
		return order;
	}

	private static List<Integer> largestGapOrder(AisleLayout layout, List<PickPoint> points) {
		List<int[]> aisles = byAisle(points);
		if (aisles.size() == 1) {
			return inAndOut(aisles.get(0));
		}
		int m = aisles.size();
		List<Integer> order = new ArrayList<>();
		double firstX = layout.x(points.get(aisles.get(0)[0]).aisle());
		double lastX = layout.x(points.get(aisles.get(m - 1)[0]).aisle());
		boolean leftToRight = Math.abs(layout.entryX() - firstX) <= Math.abs(layout.entryX() - lastX);
		List<int[]> walk = new ArrayList<>(aisles);
		if (!leftToRight) {
			java.util.Collections.reverse(walk);
		}
		Gap[] gaps = new Gap[m];
		for (int k = 1; k < m - 1; k++) {
			gaps[k] = largestGap(layout, points, walk.get(k));
		}
		// Front parts of middle aisles between the entry and the first aisle are picked on the way
		// out, the others on the way back; both walks run towards the start side, so by
		// descending walking index.
		double entryX = layout.entryX();
		for (int k = m - 2; k >= 1; k--) {
			double x = layout.x(points.get(walk.get(k)[0]).aisle());
			if (leftToRight ? x < entryX : x > entryX) {
				appendFrontPart(order, walk.get(k), gaps[k]);
			}
		}
		appendAscending(order, walk.get(0));
		// Along the back cross-aisle: the back part of each middle aisle, deepest first.
		for (int k = 1; k < m - 1; k++) {
			int[] aisle = walk.get(k);
			for (int i = aisle.length - 1; i >= gaps[k].after; i--) {
				order.add(aisle[i]);
			}
		}
		appendDescending(order, walk.get(m - 1));
		for (int k = m - 2; k >= 1; k--) {
			double x = layout.x(points.get(walk.get(k)[0]).aisle());
			if (!(leftToRight ? x < entryX : x > entryX)) {
				appendFrontPart(order, walk.get(k), gaps[k]);
			}
		}
		return order;
	}

	private static void appendFrontPart(List<Integer> order, int[] aisle, Gap gap) {
		for (int i = 0; i < gap.after; i++) {
			order.add(aisle[i]);
		}
	}

	/** The largest gap of an aisle: picks with index below {@code after} are reached from the front. */
	private record Gap(double size, int after) {
	}

	private static Gap largestGap(AisleLayout layout, List<PickPoint> points, int[] aisle) {
		double best = points.get(aisle[0]).y() - layout.frontY();
		int after = 0;
		for (int i = 1; i < aisle.length; i++) {
			double gap = points.get(aisle[i]).y() - points.get(aisle[i - 1]).y();
			if (gap > best) {
				best = gap;
				after = i;
			}
		}
		double back = layout.backY() - points.get(aisle[aisle.length - 1]).y();
		if (back > best) {
			best = back;
			after = aisle.length;
		}
		return new Gap(best, after);
	}

	private static double deepest(List<PickPoint> points, int[] aisle) {
		return points.get(aisle[aisle.length - 1]).y();
	}

	// One aisle: in to the deepest pick and back out, whatever the method.
	private static List<Integer> inAndOut(int[] aisle) {
		List<Integer> order = new ArrayList<>();
		appendAscending(order, aisle);
		return order;
	}

	private static void appendAscending(List<Integer> order, int[] aisle) {
		for (int i : aisle) {
			order.add(i);
		}
	}

	private static void appendDescending(List<Integer> order, int[] aisle) {
		for (int i = aisle.length - 1; i >= 0; i--) {
			order.add(aisle[i]);
		}
	}

	private static PickTour optimised(AisleLayout layout, List<PickPoint> points) {
		List<Integer> s = sShapeOrder(layout, points);
		List<Integer> g = largestGapOrder(layout, points);
		double sLength = sequenceLength(layout, points, s);
		double gLength = sequenceLength(layout, points, g);
		int[] tour = ((sLength <= gLength) ? s : g).stream().mapToInt(Integer::intValue).toArray();
		improve(layout, points, tour);
		List<Integer> order = Arrays.stream(tour).boxed().toList();
		return new PickTour(order, sequenceLength(layout, points, order));
	}

	// 2-opt and or-opt (segments of 1..3 picks) until no improving move is left. The entry is node
	// -1 at both ends of the tour. Distances are exact shortest paths, so any improvement is real.
	private static void improve(AisleLayout layout, List<PickPoint> points, int[] tour) {
		int n = tour.length;
		if (n < 3) {
			return;
		}
		double[][] d = new double[n + 1][n + 1];
		for (int i = 0; i < n; i++) {
			d[n][i] = layout.distanceFromEntry(points.get(i));
			d[i][n] = d[n][i];
			for (int j = i + 1; j < n; j++) {
				d[i][j] = layout.distance(points.get(i), points.get(j));
				d[j][i] = d[i][j];
			}
		}
		int[] t = new int[n + 2];
		t[0] = n;
		t[n + 1] = n;
		System.arraycopy(tour, 0, t, 1, n);
		boolean improved = true;
		int rounds = 0;
		while (improved && rounds++ < 50) {
			improved = twoOpt(t, d) | orOpt(t, d);
		}
		System.arraycopy(t, 1, tour, 0, n);
	}

	private static final double EPS = 1e-9;

	private static boolean twoOpt(int[] t, double[][] d) {
		boolean any = false;
		int last = t.length - 1;
		for (int i = 0; i < last - 1; i++) {
			for (int j = i + 2; j < last; j++) {
				double delta = d[t[i]][t[j]] + d[t[i + 1]][t[j + 1]] - d[t[i]][t[i + 1]] - d[t[j]][t[j + 1]];
				if (delta < -EPS) {
					for (int a = i + 1, b = j; a < b; a++, b--) {
						int tmp = t[a];
						t[a] = t[b];
						t[b] = tmp;
					}
					any = true;
				}
			}
		}
		return any;
	}

	private static boolean orOpt(int[] t, double[][] d) {
		boolean any = false;
		int last = t.length - 1;
		for (int len = 1; len <= 3; len++) {
			for (int i = 1; i + len - 1 < last; i++) {
				int j = i + len - 1;
				double removeGain = d[t[i - 1]][t[i]] + d[t[j]][t[j + 1]] - d[t[i - 1]][t[j + 1]];
				for (int k = 0; k < last; k++) {
					if (k >= i - 1 && k <= j) {
						continue;
					}
					double forward = d[t[k]][t[i]] + d[t[j]][t[k + 1]] - d[t[k]][t[k + 1]];
					double reversed = d[t[k]][t[j]] + d[t[i]][t[k + 1]] - d[t[k]][t[k + 1]];
					double insert = Math.min(forward, reversed);
					if (insert - removeGain < -EPS) {
						relocate(t, i, j, k, reversed < forward);
						any = true;
						break;
					}
				}
			}
		}
		return any;
	}

	// Moves segment t[i..j] to sit between t[k] and t[k+1], reversed if asked.
	private static void relocate(int[] t, int i, int j, int k, boolean reverse) {
		int[] segment = Arrays.copyOfRange(t, i, j + 1);
		if (reverse) {
			for (int a = 0, b = segment.length - 1; a < b; a++, b--) {
				int tmp = segment[a];
				segment[a] = segment[b];
				segment[b] = tmp;
			}
		}
		int len = segment.length;
		if (k > j) {
			System.arraycopy(t, j + 1, t, i, k - j);
			System.arraycopy(segment, 0, t, k - len + 1, len);
		}
		else {
			System.arraycopy(t, k + 1, t, k + 1 + len, i - k - 1);
			System.arraycopy(segment, 0, t, k + 1, len);
		}
	}

}
