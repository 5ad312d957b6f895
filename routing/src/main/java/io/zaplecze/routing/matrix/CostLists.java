package io.zaplecze.routing.matrix;

import java.util.Arrays;
import java.util.List;

/**
 * Lists of (other, weight, time, distance) grouped by an owner index, as one compressed sparse row
 * table: the entries of owner {@code o} are {@code first[o] .. first[o+1]-1}. The same shape holds
 * a graph's adjacency (owner = node, other = neighbour), a matrix point's entries into the graph
 * (owner = point, other = node) and the buckets (owner = node, other = target).
 */
final class CostLists {

	final int[] first;

	final int[] other;

	final double[] weight;

	final long[] millis;

	final double[] meters;

	private CostLists(int[] first, int[] other, double[] weight, long[] millis, double[] meters) {
		this.first = first;
		this.other = other;
		this.weight = weight;
		this.millis = millis;
		this.meters = meters;
	}

	int size() {
		return this.other.length;
	}

	/** Groups the entries of all builders by owner (a counting sort; order within an owner is kept). */
	static CostLists group(int owners, List<Builder> parts) {
		int[] first = new int[owners + 1];
		int total = 0;
		for (Builder part : parts) {
			for (int i = 0; i < part.size; i++) {
				first[part.owner[i] + 1]++;
			}
			total += part.size;
		}
		for (int o = 0; o < owners; o++) {
			first[o + 1] += first[o];
		}
		int[] next = Arrays.copyOf(first, owners);
		int[] other = new int[total];
		double[] weight = new double[total];
		long[] millis = new long[total];
		double[] meters = new double[total];
		for (Builder part : parts) {
			for (int i = 0; i < part.size; i++) {
				int at = next[part.owner[i]]++;
				other[at] = part.other[i];
				weight[at] = part.weight[i];
				millis[at] = part.millis[i];
				meters[at] = part.meters[i];
			}
		}
		return new CostLists(first, other, weight, millis, meters);
	}

	/** Entries in any order; grows by doubling. */
	static final class Builder {

		private int[] owner;

		private int[] other;

		private double[] weight;

		private long[] millis;

		private double[] meters;

		private int size;

		Builder(int capacity) {
			int initial = Math.max(16, capacity);
			this.owner = new int[initial];
			this.other = new int[initial];
			this.weight = new double[initial];
			this.millis = new long[initial];
			this.meters = new double[initial];
		}

		void add(int ownerIndex, int otherIndex, double w, long ms, double m) {
			if (this.size == this.owner.length) {
				int capacity = this.size * 2;
				this.owner = Arrays.copyOf(this.owner, capacity);
				this.other = Arrays.copyOf(this.other, capacity);
				this.weight = Arrays.copyOf(this.weight, capacity);
				this.millis = Arrays.copyOf(this.millis, capacity);
				this.meters = Arrays.copyOf(this.meters, capacity);
			}
			this.owner[this.size] = ownerIndex;
			this.other[this.size] = otherIndex;
			this.weight[this.size] = w;
			this.millis[this.size] = ms;
			this.meters[this.size] = m;
			this.size++;
		}

		int size() {
			return this.size;
		}

		CostLists build(int owners) {
			return group(owners, List.of(this));
		}

	}

}
