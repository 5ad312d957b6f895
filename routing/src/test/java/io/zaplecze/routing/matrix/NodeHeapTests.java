package io.zaplecze.routing.matrix;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeHeapTests {

	@Test
	void popsNodesInIncreasingKeyOrderIncludingDuplicates() {
		BucketManyToMany.NodeHeap heap = new BucketManyToMany.NodeHeap();
		SplittableRandom random = new SplittableRandom(3);
		double[] keys = new double[5000];
		for (int node = 0; node < keys.length; node++) {
			keys[node] = random.nextInt(1000) / 7.0;
			heap.push(node, keys[node]);
		}

		double previous = Double.NEGATIVE_INFINITY;
		int popped = 0;
		while (!heap.isEmpty()) {
			double key = heap.minKey();
			int node = heap.pop();
			assertThat(key).isGreaterThanOrEqualTo(previous).isEqualTo(keys[node]);
			previous = key;
			popped++;
		}
		assertThat(popped).isEqualTo(keys.length);
	}

	@Test
	void clearEmptiesTheHeap() {
		BucketManyToMany.NodeHeap heap = new BucketManyToMany.NodeHeap();
		heap.push(1, 2.0);
		heap.clear();

		assertThat(heap.isEmpty()).isTrue();
	}

}
