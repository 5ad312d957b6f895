package io.zaplecze.warehouse.receiving;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.labels.LabelFormats;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving on the floor: the day's deliveries with what is still expected per product, and a
 * receipt confirmed by scanning the product, with the expiry date checked against the product's
 * minimum shelf life before anything is booked.
 */
@Service
@Transactional
public class ReceivingFloor {

	private final InboundDeliveryRepository deliveries;

	private final ReceivingService receiving;

	private final LayoutService layout;

	private final LabelFormats labels;

	private final StockManagement stock;

	private final Clock clock;

	ReceivingFloor(InboundDeliveryRepository deliveries, ReceivingService receiving, LayoutService layout,
			LabelFormats labels, StockManagement stock, Clock clock) {
		this.deliveries = deliveries;
		this.receiving = receiving;
		this.layout = layout;
		this.labels = labels;
		this.stock = stock;
		this.clock = clock;
	}

	/** Open deliveries expected on the day (or without a date, and blind ones), with progress per product. */
	@Transactional(readOnly = true)
	public List<DeliveryProgress> open(String siteCode, LocalDate day) {
		Site site = this.layout.site(siteCode);
		List<DeliveryProgress> result = new ArrayList<>();
		for (InboundDelivery d : this.deliveries.findBySiteIdOrderByCreatedAtDesc(site.id())) {
			if (d.status() != InboundDelivery.Status.OPEN || (d.expectedOn() != null && !d.expectedOn().equals(day))) {
				continue;
			}
			result.add(progress(this.receiving.delivery(d.id())));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public DeliveryProgress progress(UUID deliveryId) {
		return progress(this.receiving.delivery(deliveryId));
	}

	/**
	 * Books a counted line scanned at the dock. The product scan is read with the site's label
	 * formats; the expiry must leave the product's minimum shelf life (only damaged units may arrive
	 * short-dated: they go to quarantine anyway).
	 */
	public DeliveryProgress receive(UUID deliveryId, String idempotencyKey, String productScan, String lotScan,
			@Nullable LocalDate expiryDate, int quantity, int damagedQuantity) {
		InboundDelivery delivery = this.deliveries.findById(deliveryId)
			.orElseThrow(() -> new InboundDeliveryNotFound(deliveryId));
		delivery.requireOpen();
		Site site = this.layout.site(delivery.siteId());
		String sku = this.labels.sku(site, productScan);
		String lot = this.labels.lot(site, lotScan);
		ProductView product = this.stock.product(sku);
		if (quantity > 0) {
			checkShelfLife(site, product, expiryDate);
		}
		this.receiving.receive(deliveryId, idempotencyKey, sku, lot, expiryDate, quantity, damagedQuantity);
		return progress(this.receiving.delivery(deliveryId));
	}

	private void checkShelfLife(Site site, ProductView product, @Nullable LocalDate expiry) {
		if (product.minShelfLifeDays() <= 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(site.zoneId()));
		if (expiry == null) {
			throw new ShelfLifeTooShort(product.name() + " (" + product.sku() + ") needs an expiry date: it must have at least "
					+ product.minShelfLifeDays() + " days of shelf life at receipt");
		}
		long left = ChronoUnit.DAYS.between(today, expiry);
		if (left < product.minShelfLifeDays()) {
			throw new ShelfLifeTooShort("Expiry " + expiry + " leaves " + Math.max(left, 0) + " days; " + product.name() + " ("
					+ product.sku() + ") needs at least " + product.minShelfLifeDays()
					+ " days at receipt: refuse the units or record them as damaged");
		}
	}

	private DeliveryProgress progress(ReceivingService.DeliveryView d) {
		Map<String, int[]> bySku = new LinkedHashMap<>();
		d.expected().forEach((e) -> bySku.computeIfAbsent(e.sku(), (k) -> new int[3])[0] += e.quantity());
		d.receipts().forEach((r) -> {
			int[] v = bySku.computeIfAbsent(r.sku(), (k) -> new int[3]);
			v[1] += r.quantity();
			v[2] += r.damagedQuantity();
		});
		Map<String, String> names = new LinkedHashMap<>();
		this.stock.products(bySku.keySet()).forEach((p) -> names.put(p.sku(), p.name()));
		List<LineProgress> lines = new ArrayList<>();
		bySku.forEach((sku, v) -> lines.add(new LineProgress(sku, names.getOrDefault(sku, sku), v[0], v[1], v[2],
				Math.max(0, v[0] - v[1] - v[2]), Math.max(0, v[1] + v[2] - v[0]))));
		return new DeliveryProgress(d, lines);
	}

	/** A delivery with progress per product. */
	public record DeliveryProgress(ReceivingService.DeliveryView delivery, List<LineProgress> lines) {
	}

	/**
	 * Per product: expected, received good, damaged, still missing (short so far) and over.
	 */
	public record LineProgress(String sku, String name, int expected, int received, int damaged, int missing, int over) {
	}

}
