package io.zaplecze.warehouse.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.zaplecze.inventory.ProductView;

/**
 * A skewed, co-ordered demand over the catalogue for demo data: products ranked by a Zipf law
 * (a shuffled rank, so popularity does not follow the SKU codes), grouped into families of the
 * same temperature class; most lines of an order come from one family.
 */
final class DemandModel {

	private final List<ProductView> products;

	private final double[] weight;

	private final double[] cumulative;

	private final List<List<Integer>> families = new ArrayList<>();

	private final Map<String, Double> bySku = new HashMap<>();

	DemandModel(List<ProductView> catalogue, Random random) {
		this.products = new ArrayList<>(catalogue);
		int n = this.products.size();
		List<Integer> ranks = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ranks.add(i);
		}
		java.util.Collections.shuffle(ranks, random);
		this.weight = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			this.weight[i] = 1 / Math.pow(ranks.get(i) + 1, 0.9);
			sum += this.weight[i];
		}
		this.cumulative = new double[n];
		double acc = 0;
		for (int i = 0; i < n; i++) {
			acc += this.weight[i] / sum;
			this.cumulative[i] = acc;
			this.bySku.put(this.products.get(i).sku(), this.weight[i] / sum);
		}
		Map<Object, List<Integer>> byClass = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			byClass.computeIfAbsent(this.products.get(i).temperatureClass(), (k) -> new ArrayList<>()).add(i);
		}
		for (List<Integer> members : byClass.values()) {
			for (int start = 0; start < members.size(); start += 5) {
				this.families.add(members.subList(start, Math.min(members.size(), start + 5)));
			}
		}
	}

	/** The products, in catalogue order. */
	List<ProductView> products() {
		return List.copyOf(this.products);
	}

	/** Share of all order lines that ask for the product. */
	double weight(String sku) {
		return this.bySku.getOrDefault(sku, 0.0);
	}

	/** A random order: 1-8 lines, SKU to quantity. */
	Map<String, Integer> order(Random random) {
		int lines = 1 + Math.min(7, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2.5));
		List<Integer> family = this.families.get(random.nextInt(this.families.size()));
		Map<String, Integer> order = new LinkedHashMap<>();
		int attempts = 0;
		while (order.size() < lines && attempts++ < lines * 10) {
			int index = (random.nextDouble() < 0.6) ? family.get(random.nextInt(family.size())) : draw(random);
			order.putIfAbsent(this.products.get(index).sku(), 1 + random.nextInt(6));
		}
		return order;
	}

	private int draw(Random random) {
		double u = random.nextDouble();
		for (int i = 0; i < this.cumulative.length; i++) {
			if (u <= this.cumulative[i]) {
				return i;
			}
		}
		return this.cumulative.length - 1;
	}

}
