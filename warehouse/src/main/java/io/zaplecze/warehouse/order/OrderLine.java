package io.zaplecze.warehouse.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.TemperatureClass;

/** A line of an outbound order with its current reservation (lots and bins) in inventory. */
@Entity
@Table(schema = "warehouse", name = "order_line")
public class OrderLine {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id")
	private OutboundOrder order;

	@Column(name = "line_no")
	private int lineNo;

	private String sku;

	private int quantity;

	private int allocated;

	private int backordered;

	private int picked;

	@Enumerated(EnumType.STRING)
	@Column(name = "temperature_class")
	private TemperatureClass temperatureClass;

	@Column(name = "unit_weight_grams")
	private long unitWeightGrams;

	@Column(name = "unit_volume_cm3")
	private long unitVolumeCm3;

	@Column(name = "reservation_id")
	private @Nullable UUID reservationId;

	/** How many reservations were made for the line (each re-allocation makes a new one). */
	private int reservations;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "warehouse", name = "order_line_allocation", joinColumns = @JoinColumn(name = "line_id"))
	@OrderColumn(name = "position")
	private List<AllocatedLot> allocations = new ArrayList<>();

	protected OrderLine() {
	}

	OrderLine(OutboundOrder order, int lineNo, ProductView product, int quantity) {
		if (quantity <= 0) {
			throw new InvalidOrder("Line " + lineNo + ": quantity must be positive");
		}
		this.id = UUID.randomUUID();
		this.order = order;
		this.lineNo = lineNo;
		this.sku = product.sku();
		this.quantity = quantity;
		this.temperatureClass = product.temperatureClass();
		this.unitWeightGrams = product.weightGrams();
		this.unitVolumeCm3 = product.volumeCm3();
	}

	/** The idempotency key of the line's next reservation. */
	public String nextReservationKey() {
		return "order-" + this.order.id() + "-line-" + this.lineNo + "-r" + this.reservations;
	}

	/** Takes the first allocation of the line. */
	void allocate(Allocation allocation) {
		this.reservations++;
		this.reservationId = allocation.reservationId();
		this.allocated = allocation.allocated();
		this.backordered = allocation.backordered();
		this.allocations.clear();
		allocation.lots().forEach((l) -> this.allocations.add(new AllocatedLot(l.lotNumber(), l.expiryDate(), l.locationId(), l.quantity())));
	}

	/**
	 * Replaces the line's reservation after a short pick: the old one was released, the new one
	 * covers what is still to pick; what it could not cover is backordered.
	 */
	public void reallocate(Allocation allocation) {
		this.reservations++;
		this.reservationId = allocation.reservationId();
		this.allocations.clear();
		allocation.lots().forEach((l) -> this.allocations.add(new AllocatedLot(l.lotNumber(), l.expiryDate(), l.locationId(), l.quantity())));
		this.backordered += allocation.backordered();
		this.allocated -= allocation.backordered();
	}

	/** Records units picked. */
	public void picked(int units) {
		this.picked += units;
	}

	public UUID id() {
		return this.id;
	}

	public OutboundOrder order() {
		return this.order;
	}

	public int lineNo() {
		return this.lineNo;
	}

	public String sku() {
		return this.sku;
	}

	public int quantity() {
		return this.quantity;
	}

	public int allocated() {
		return this.allocated;
	}

	public int backordered() {
		return this.backordered;
	}

	public int picked() {
		return this.picked;
	}

	/** Units reserved and not yet picked. */
	public int toPick() {
		return this.allocated - this.picked;
	}

	public TemperatureClass temperatureClass() {
		return this.temperatureClass;
	}

	public long unitWeightGrams() {
		return this.unitWeightGrams;
	}

	public long unitVolumeCm3() {
		return this.unitVolumeCm3;
	}

	public @Nullable UUID reservationId() {
		return this.reservationId;
	}

	public List<AllocatedLot> allocations() {
		return List.copyOf(this.allocations);
	}

	/** A reserved lot at a location, as inventory allocated it. */
	@Embeddable
	public static class AllocatedLot {

		@Column(name = "lot_number")
		private String lotNumber;

		@Column(name = "expiry_date")
		private @Nullable LocalDate expiryDate;

		@Column(name = "location_id")
		private String locationId;

		private int quantity;

		protected AllocatedLot() {
		}

		AllocatedLot(String lotNumber, @Nullable LocalDate expiryDate, String locationId, int quantity) {
			this.lotNumber = lotNumber;
			this.expiryDate = expiryDate;
			this.locationId = locationId;
			this.quantity = quantity;
		}

		public String lotNumber() {
			return this.lotNumber;
		}

		public @Nullable LocalDate expiryDate() {
			return this.expiryDate;
		}

		public String locationId() {
			return this.locationId;
		}

		public int quantity() {
			return this.quantity;
		}

	}

}
