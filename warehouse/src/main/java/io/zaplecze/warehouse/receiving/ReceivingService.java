package io.zaplecze.warehouse.receiving;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockControl;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.putaway.PutawayService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving: announced deliveries and blind receipts. Good units are booked into the site's
 * receiving area through inventory (lot and expiry) and get a putaway task; damaged units are
 * booked into quarantine; closing a delivery reports short, over and damaged quantities.
 */
@Service
@Transactional
public class ReceivingService {

	private final InboundDeliveryRepository deliveries;

	private final ReceiptRepository receipts;

	private final LayoutService layout;

	private final StockManagement stock;

	private final PutawayService putaway;

	private final Clock clock;

	private final StockControl control;

	ReceivingService(InboundDeliveryRepository deliveries, ReceiptRepository receipts, LayoutService layout,
			StockManagement stock, PutawayService putaway, Clock clock, StockControl control) {
		this.control = control;
		this.deliveries = deliveries;
		this.receipts = receipts;
		this.layout = layout;
		this.stock = stock;
		this.putaway = putaway;
		this.clock = clock;
	}

	/** Announces a delivery (or opens a blind receipt when {@code blind} and no lines). */
	public UUID announce(String siteCode, String reference, String supplier, @Nullable LocalDate expectedOn, boolean blind,
			Map<String, Integer> expected) {
		Site site = this.layout.site(siteCode);
		if (this.deliveries.findBySiteIdAndReference(site.id(), reference).isPresent()) {
			throw new io.zaplecze.warehouse.layout.DuplicateCode("Inbound delivery", reference);
		}
		expected.keySet().forEach(this.stock::product);
		return this.deliveries.save(new InboundDelivery(site.id(), reference, supplier, expectedOn, blind, expected,
				this.clock.instant())).id();
	}

	/**
	 * Books a counted line. Retrying with the same key and payload returns the first receipt; the
	 * same key with another payload is a conflict.
	 */
	public UUID receive(UUID deliveryId, String idempotencyKey, String sku, String lotNumber, @Nullable LocalDate expiryDate,
			int quantity, int damagedQuantity) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
			throw new IllegalArgumentException("An Idempotency-Key has 1 to 128 characters");
		}
		var existing = this.receipts.findByIdempotencyKey(idempotencyKey);
		if (existing.isPresent()) {
			if (!existing.get().samePayload(deliveryId, sku, lotNumber, expiryDate, quantity, damagedQuantity)) {
				throw new IdempotencyKeyReused(idempotencyKey);
			}
			return existing.get().id();
		}
		InboundDelivery delivery = this.deliveries.findById(deliveryId)
			.orElseThrow(() -> new InboundDeliveryNotFound(deliveryId));
		delivery.requireOpen();
		Site site = this.layout.site(delivery.siteId());
		this.stock.product(sku);
		Receipt receipt = this.receipts.save(new Receipt(deliveryId, idempotencyKey, sku, lotNumber, expiryDate, quantity,
				damagedQuantity, this.clock.instant()));
		if (quantity > 0) {
			this.stock.receive(new ReceiveStock("receipt-" + receipt.id(), sku, lotNumber, expiryDate, quantity,
					site.receivingLocation()));
			this.putaway.createTask(site, receipt.id(), sku, lotNumber, quantity);
		}
		if (damagedQuantity > 0) {
			// Quarantine stock stays on the books but is never allocated to an order.
			this.control.holdLocation(site.quarantineLocation(), "Quarantine: damaged on receipt");
			this.stock.receive(new ReceiveStock("receipt-damaged-" + receipt.id(), sku, lotNumber, expiryDate,
					damagedQuantity, site.quarantineLocation()));
		}
		return receipt.id();
	}

	/** Closes the delivery and reports its discrepancies. */
	public DeliveryView close(UUID deliveryId) {
		InboundDelivery delivery = this.deliveries.findById(deliveryId)
			.orElseThrow(() -> new InboundDeliveryNotFound(deliveryId));
		Map<String, int[]> received = new LinkedHashMap<>();
		for (Receipt r : this.receipts.findByDeliveryIdOrderByReceivedAt(deliveryId)) {
			int[] got = received.computeIfAbsent(r.sku(), (k) -> new int[2]);
			got[0] += r.quantity();
			got[1] += r.damagedQuantity();
		}
		delivery.close(received, this.clock.instant());
		return view(delivery);
	}

	@Transactional(readOnly = true)
	public DeliveryView delivery(UUID deliveryId) {
		return view(this.deliveries.findById(deliveryId).orElseThrow(() -> new InboundDeliveryNotFound(deliveryId)));
	}

	@Transactional(readOnly = true)
	public List<DeliveryView> deliveries(String siteCode) {
		return this.deliveries.findBySiteIdOrderByCreatedAtDesc(this.layout.site(siteCode).id()).stream().map(this::view).toList();
	}

	private DeliveryView view(InboundDelivery d) {
		return new DeliveryView(d.id(), d.reference(), d.supplier(), d.expectedOn(), d.blind(), d.status().name(), d.closedAt(),
				d.lines().stream().map((l) -> new ExpectedLineView(l.sku(), l.expectedQuantity())).toList(),
				this.receipts.findByDeliveryIdOrderByReceivedAt(d.id())
					.stream()
					.map((r) -> new ReceiptView(r.id(), r.sku(), r.lotNumber(), r.expiryDate(), r.quantity(),
							r.damagedQuantity(), r.receivedAt(), this.putaway.forReceipt(r.id())))
					.toList(),
				d.discrepancies().stream().map((x) -> new DiscrepancyView(x.sku(), x.kind().name(), x.quantity())).toList());
	}

	/** A delivery with its receipts and (once closed) discrepancies. */
	public record DeliveryView(UUID id, String reference, String supplier, @Nullable LocalDate expectedOn, boolean blind,
			String status, @Nullable Instant closedAt, List<ExpectedLineView> expected, List<ReceiptView> receipts,
			List<DiscrepancyView> discrepancies) {
	}

	public record ExpectedLineView(String sku, int quantity) {
	}

	public record ReceiptView(UUID id, String sku, String lotNumber, @Nullable LocalDate expiryDate, int quantity,
			int damagedQuantity, Instant receivedAt, List<PutawayService.TaskView> putawayTasks) {
	}

	/** SHORT, OVER or DAMAGED, with the quantity. */
	public record DiscrepancyView(String sku, String kind, int quantity) {
	}

}
