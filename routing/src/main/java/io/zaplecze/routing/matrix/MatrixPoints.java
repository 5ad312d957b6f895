package io.zaplecze.routing.matrix;

import java.util.Arrays;

/**
 * Where N snapped points enter and leave the contracted graph. A point snapped onto the middle of
 * a road is a phantom node: it is not in the hierarchy, so each point lists the graph nodes it can
 * drive to (forward entries, with the cost from the point to that node) and the nodes it can be
 * reached from (backward entries, cost from the node to the point). A point on a one-way road has
 * one entry each way; a point on a junction has that junction with cost zero. Two points on the
 * same road may also reach each other directly along it without passing a junction: those are the
 * direct connections.
 */
public final class MatrixPoints {

	final int size;

	final Entries forward;

	final Entries backward;

	final Entries direct;

	private MatrixPoints(int size, Entries forward, Entries backward, Entries direct) {
		this.size = size;
		this.forward = forward;
		this.backward = backward;
		this.direct = direct;
	}

	/** Number of points. */
	public int size() {
		return this.size;
	}

	/**
	 * @param size number of points
	 * @return a builder for that many points
	 */
	public static Builder builder(int size) {
		return new Builder(size);
	}

	/** Collects the entries of every point in any order. */
	public static final class Builder {

		private final int size;

		private final Entries.Growing forward = new Entries.Growing();

		private final Entries.Growing backward = new Entries.Growing();

		private final Entries.Growing direct = new Entries.Growing();

		private Builder(int size) {
			this.size = size;
		}

		/** The point can drive to {@code node} at this cost. */
		public Builder forward(int point, int node, double weight, long millis, double meters) {
			this.forward.add(checked(point), node, weight, millis, meters);
			return this;
		}

		/** The point can be reached from {@code node} at this cost. */
		public Builder backward(int point, int node, double weight, long millis, double meters) {
			this.backward.add(checked(point), node, weight, millis, meters);
			return this;
		}

		/** Point {@code from} reaches point {@code to} along their common road at this cost. */
		public Builder direct(int from, int to, double weight, long millis, double meters) {
			this.direct.add(checked(from), checked(to), weight, millis, meters);
			return this;
		}

		private int checked(int point) {
			if (point < 0 || point >= this.size) {
				throw new IndexOutOfBoundsException("Point " + point + " of " + this.size);
			}
			return point;
		}

		public MatrixPoints build() {
			return new MatrixPoints(this.size, this.forward.groupBy(this.size), this.backward.groupBy(this.size),
					this.direct.groupBy(this.size));
		}

	}

	/**
	 * Entries grouped by point (CSR): entries of point p are {@code first[p] .. first[p+1]-1}; each
	 * has a node (or, for direct connections, the other point) and a cost.
	 */
	static final class Entries {

		final int[] first;

		final int[] node;

		final double[] weight;

		final long[] millis;

		final double[] meters;

		private Entries(int[] first, int[] node, double[] weight, long[] millis, double[] meters) {
			this.first = first;
			this.node = node;
			this.weight = weight;
			this.millis = millis;
			this.meters = meters;
		}

		static final class Growing {

			private int[] point = new int[16];

			private int[] node = new int[16];

			private double[] weight = new double[16];

			private long[] millis = new long[16];

			private double[] meters = new double[16];

			private int size;

			void add(int p, int n, double w, long ms, double m) {
				if (this.size == this.point.length) {
					int capacity = this.size * 2;
					this.point = Arrays.copyOf(this.point, capacity);
					this.node = Arrays.copyOf(this.node, capacity);
					this.weight = Arrays.copyOf(this.weight, capacity);
					this.millis = Arrays.copyOf(this.millis, capacity);
					this.meters = Arrays.copyOf(this.meters, capacity);
				}
				this.point[this.size] = p;
				this.node[this.size] = n;
				this.weight[this.size] = w;
				this.millis[this.size] = ms;
				this.meters[this.size] = m;
				this.size++;
			}

			Entries groupBy(int points) {
				int[] first = new int[points + 1];
				for (int i = 0; i < this.size; i++) {
					first[this.point[i] + 1]++;
				}
				for (int p = 0; p < points; p++) {
					first[p + 1] += first[p];
				}
				int[] next = Arrays.copyOf(first, points);
				int[] n = new int[this.size];
				double[] w = new double[this.size];
				long[] ms = new long[this.size];
				double[] m = new double[this.size];
				for (int i = 0; i < this.size; i++) {
					int at = next[this.point[i]]++;
					n[at] = this.node[i];
					w[at] = this.weight[i];
					ms[at] = this.millis[i];
					m[at] = this.meters[i];
				}
				return new Entries(first, n, w, ms, m);
			}

		}

	}

}
