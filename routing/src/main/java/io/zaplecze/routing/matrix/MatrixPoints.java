package io.zaplecze.routing.matrix;

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

	/** Per point: graph nodes it drives to (other = node). */
	final CostLists forward;

	/** Per point: graph nodes it is reached from (other = node). */
	final CostLists backward;

	/** Per point: points it reaches along a common road (other = point). */
	final CostLists direct;

	private MatrixPoints(int size, CostLists forward, CostLists backward, CostLists direct) {
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

		private final CostLists.Builder forward;

		private final CostLists.Builder backward;

		private final CostLists.Builder direct = new CostLists.Builder(16);

		private Builder(int size) {
			this.size = size;
			this.forward = new CostLists.Builder(2 * size);
			this.backward = new CostLists.Builder(2 * size);
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
			return new MatrixPoints(this.size, this.forward.build(this.size), this.backward.build(this.size),
					this.direct.build(this.size));
		}

	}

}
