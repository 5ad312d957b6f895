package io.zaplecze.warehouse.receiving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A supplier delivery: announced with expected lines, or blind (nothing announced, everything
 * counted on arrival). Receipts are booked against it while it is open; closing it compares what
 * arrived with what was expected.
 */
@Entity
@Table(schema = "warehouse", name = "inbound_delivery")
class InboundDelivery {

	enum Status {

		OPEN, CLOSED

	}

	/** A difference between what was expected and what arrived. */
	enum DiscrepancyKind {

		/** Fewer units arrived than announced. */
		SHORT,

		/** More units arrived than announced (or a product not announced at all). */
		OVER,

		/** Units arrived damaged (booked into quarantine). */
		DAMAGED

	}

	@Id
	private UUID id;

	@Column(name = "site_id")
	private UUID siteId;

	private String reference;

	private String supplier;

	@Column(name = "expected_on")
	private @Nullable LocalDate expectedOn;

	private boolean blind;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "warehouse", name = "inbound_line", joinColumns = @JoinColumn(name = "delivery_id"))
	@OrderColumn(name = "position")
	private List<ExpectedLine> lines = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "warehouse", name = "discrepancy", joinColumns = @JoinColumn(name = "delivery_id"))
	@OrderColumn(name = "position")
	private List<Discrepancy> discrepancies = new ArrayList<>();

	protected InboundDelivery() {
	}

	InboundDelivery(UUID siteId, String reference, String supplier, @Nullable LocalDate expectedOn, boolean blind,
			Map<String, Integer> expected, Instant now) {
		if (blind && !expected.isEmpty()) {
			throw new InvalidDelivery("A blind receipt announces no lines");
		}
		if (!blind && expected.isEmpty()) {
			throw new InvalidDelivery("An announced delivery needs at least one expected line");
		}
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.reference = reference;
		this.supplier = supplier;
		this.expectedOn = expectedOn;
		this.blind = blind;
		this.status = Status.OPEN;
		this.createdAt = now;
		expected.forEach((sku, qty) -> this.lines.add(new ExpectedLine(sku, qty)));
	}

	void requireOpen() {
		if (this.status == Status.CLOSED) {
			throw new DeliveryClosed(this.reference);
		}
	}

	/** Closes the delivery and records the discrepancies against what arrived (good and damaged units by SKU). */
	List<Discrepancy> close(Map<String, int[]> received, Instant at) {
		requireOpen();
		Map<String, Integer> expected = new LinkedHashMap<>();
		this.lines.forEach((l) -> expected.merge(l.sku, l.expectedQuantity, Integer::sum));
		if (!this.blind) {
			expected.forEach((sku, qty) -> {
				int[] got = received.getOrDefault(sku, new int[2]);
				int arrived = got[0] + got[1];
				if (arrived < qty) {
					this.discrepancies.add(new Discrepancy(sku, DiscrepancyKind.SHORT, qty - arrived));
				}
				else if (arrived > qty) {
					this.discrepancies.add(new Discrepancy(sku, DiscrepancyKind.OVER, arrived - qty));
				}
			});
			received.forEach((sku, got) -> {
				if (!expected.containsKey(sku) && got[0] + got[1] > 0) {
					this.discrepancies.add(new Discrepancy(sku, DiscrepancyKind.OVER, got[0] + got[1]));
				}
			});
		}
		received.forEach((sku, got) -> {
			if (got[1] > 0) {
				this.discrepancies.add(new Discrepancy(sku, DiscrepancyKind.DAMAGED, got[1]));
			}
		});
		this.status = Status.CLOSED;
		this.closedAt = at;
		return List.copyOf(this.discrepancies);
	}

	UUID id() {
		return this.id;
	}

	UUID siteId() {
		return this.siteId;
	}

	String reference() {
		return this.reference;
	}

	String supplier() {
		return this.supplier;
	}

	@Nullable LocalDate expectedOn() {
		return this.expectedOn;
	}

	boolean blind() {
		return this.blind;
	}

	Status status() {
		return this.status;
	}

	@Nullable Instant closedAt() {
		return this.closedAt;
	}

	List<ExpectedLine> lines() {
		return List.copyOf(this.lines);
	}

	List<Discrepancy> discrepancies() {
		return List.copyOf(this.discrepancies);
	}

	@Embeddable
	static class ExpectedLine {

		private String sku;

		@Column(name = "expected_quantity")
		private int expectedQuantity;

		protected ExpectedLine() {
		}

		ExpectedLine(String sku, int expectedQuantity) {
			if (expectedQuantity <= 0) {
				throw new InvalidDelivery("Expected quantities must be positive");
			}
			this.sku = sku;
			this.expectedQuantity = expectedQuantity;
		}

		String sku() {
			return this.sku;
		}

		int expectedQuantity() {
			return this.expectedQuantity;
		}

	}

	@Embeddable
	static class Discrepancy {

		private String sku;

		@Enumerated(EnumType.STRING)
		private DiscrepancyKind kind;

		private int quantity;

		protected Discrepancy() {
		}

		Discrepancy(String sku, DiscrepancyKind kind, int quantity) {
			this.sku = sku;
			this.kind = kind;
			this.quantity = quantity;
		}

		String sku() {
			return this.sku;
		}

		DiscrepancyKind kind() {
			return this.kind;
		}

		int quantity() {
			return this.quantity;
		}

	}

}
