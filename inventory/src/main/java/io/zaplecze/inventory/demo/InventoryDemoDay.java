package io.zaplecze.inventory.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.price.PriceBook;
import io.zaplecze.inventory.product.Products;
import io.zaplecze.platform.DemoDay;

import org.springframework.stereotype.Component;

/**
 * The demo catalogue: products only, created when missing (a restart seeds nothing twice). Stock
 * arrives through the warehouse's demo receipts.
 */
@Component
class InventoryDemoDay implements DemoDay {

	private static final Logger log = LoggerFactory.getLogger(InventoryDemoDay.class);

	/** The demo depot whose prices are seeded (the warehouse's demo site). */
	static final String DEMO_SITE = "WAW1";

	private final Products products;

	private final PriceBook prices;

	InventoryDemoDay(Products products, PriceBook prices) {
		this.products = products;
		this.prices = prices;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void seed(LocalDate day) {
		int created = 0;
		for (ProductView product : DemoCatalogue.PRODUCTS) {
			created += this.products.createIfAbsent(product) ? 1 : 0;
		}
		log.info("Inventory demo catalogue: {} product(s) created, {} already there", created,
				DemoCatalogue.PRODUCTS.size() - created);
		int priced = 0;
		for (ProductView product : DemoCatalogue.PRODUCTS) {
			if (this.prices.history(product.sku(), DEMO_SITE).isEmpty()) {
				// A plausible wholesale cost from the case weight (PLN), sold at a 35 % margin on cost.
				BigDecimal cost = BigDecimal.valueOf(150 + product.weightGrams() / 4, 2);
				this.prices.record(new PriceBook.NewPrice(product.sku(), DEMO_SITE, "PLN", cost,
						cost.multiply(new BigDecimal("1.35")).setScale(2, java.math.RoundingMode.HALF_UP), null));
				priced++;
			}
		}
		log.info("Inventory demo prices at {}: {} product(s) priced", DEMO_SITE, priced);
	}

}
