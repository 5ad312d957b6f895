package io.zaplecze.warehouse.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockControl;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.DemoDay;
import io.zaplecze.warehouse.labels.LabelFormats;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.BinKind;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.receiving.ReceivingService;
import io.zaplecze.warehouse.replenishment.ReplenishmentTasks;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Work for the floor screens on the demo day (order 360, after the crew): every product gets a
 * GTIN-13 barcode (prefix 590, valid check digit) so products can be scanned by GTIN or SKU, a
 * supplier delivery is announced for today, pick faces that run low get replenishment tasks and a
 * few bins a cycle count. Idempotent: the barcodes, the delivery reference, the one open
 * replenishment task per pick face and the one open count per bin are checked first.
 */
@Component
@Profile("demo")
class FloorDemoDay implements DemoDay {

	private static final Logger log = LoggerFactory.getLogger(FloorDemoDay.class);

	private final StockManagement stock;

	private final StockControl control;

	private final LabelFormats labels;

	private final LayoutService layout;

	private final ReceivingService receiving;

	private final ReplenishmentTasks replenishment;

	FloorDemoDay(StockManagement stock, StockControl control, LabelFormats labels, LayoutService layout,
			ReceivingService receiving, ReplenishmentTasks replenishment) {
		this.stock = stock;
		this.control = control;
		this.labels = labels;
		this.layout = layout;
		this.receiving = receiving;
		this.replenishment = replenishment;
	}

	@Override
	public int order() {
		return 360;
	}

	/** The demo GTIN of the n-th product of the catalogue (SKU order): 590 + 9 digits + check digit. */
	static String gtin(int n) {
		String body = "590" + String.format("%09d", 100_000 + n);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (body.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return body + ((10 - sum % 10) % 10);
	}

	@Override
	public void seed(LocalDate day) {
		Site site = this.layout.findSite(WarehouseDemoDay.SITE).orElse(null);
		if (site == null) {
			return;
		}
		List<ProductView> catalogue = this.stock.catalogue();
		for (int i = 0; i < catalogue.size(); i++) {
			if (this.labels.barcodes(catalogue.get(i).sku()).isEmpty()) {
				this.labels.registerBarcode(gtin(i + 1), catalogue.get(i).sku());
			}
		}
		String reference = "PO-" + day + "-FLOOR";
		boolean announced = this.receiving.deliveries(site.code()).stream().anyMatch((d) -> d.reference().equals(reference));
		if (!announced) {
			Map<String, Integer> lines = new LinkedHashMap<>();
			for (TemperatureClass t : TemperatureClass.values()) {
				catalogue.stream().filter((p) -> p.temperatureClass() == t).limit(2).forEach((p) -> lines.put(p.sku(), 12));
			}
			this.receiving.announce(site.code(), reference, "Hurtownia Mazowsze", day, false, lines);
		}
		int replenishments = this.replenishment.generate(site.code()).size();
		List<Bin> reserve = this.layout.bins(site.id()).stream().filter((b) -> b.kind() == BinKind.RESERVE).limit(3).toList();
		reserve.forEach((b) -> this.control.requestCount(b.code(), "Weekly cycle count of reserve bins"));
		log.info("Demo day {}: floor work ready: {} product barcodes, delivery {} announced, {} replenishment task(s), {} count(s)",
				day, catalogue.size(), reference, replenishments, reserve.size());
	}

}
