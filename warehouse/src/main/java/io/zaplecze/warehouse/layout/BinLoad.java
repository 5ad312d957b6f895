package io.zaplecze.warehouse.layout;

import java.util.Set;

/**
 * What a bin holds now, from inventory's stock at its location.
 *
 * @param volumeCm3 volume of the goods on hand
 * @param weightGrams weight of the goods on hand
 * @param skus the products in it
 */
public record BinLoad(long volumeCm3, long weightGrams, Set<String> skus) {

	public static final BinLoad EMPTY = new BinLoad(0, 0, Set.of());

	public BinLoad {
		skus = Set.copyOf(skus);
	}

}
