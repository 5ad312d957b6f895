package io.zaplecze.inventory.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.ProductView;
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

	private final Products products;

	InventoryDemoDay(Products products) {
		this.products = products;
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
	}

}
