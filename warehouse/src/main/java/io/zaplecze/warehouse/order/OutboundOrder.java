package io.zaplecze.warehouse.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;

/** A customer order leaving a site: the shipment the rest of the system tracks by its id. */
@Entity
@Table(schema = "warehouse", name = "outbound_order")
public class OutboundOrder {

	@Id
	private UUID id;

	@Column(name = "site_id")
	private UUID siteId;

	@Column(name = "order_number")
	private String orderNumber;

	@Column(name = "idempotency_key")
	private @Nullable String idempotencyKey;

	@Column(name = "request_hash")
	private @Nullable String requestHash;

	@Column(name = "customer_name")
	private String customerName;

	private String address;

	private double lat;

	private double lon;

	@Column(name = "requested_date")
	private LocalDate requestedDate;

	private int priority;

	@Column(name = "service_seconds")
	private int serviceSeconds;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	@Column(name = "weight_grams")
	private long weightGrams;

	@Column(name = "volume_cm3")
	private long volumeCm3;

	private int pallets;

	@Column(name = "needs_refrigeration")
	private boolean needsRefrigeration;

	@Column(name = "ready_at")
	private @Nullable Instant readyAt;

	@Column(name = "route_id")
	private @Nullable UUID routeId;

	@Column(name = "vehicle_id")
	private @Nullable String vehicleId;

	@Column(name = "stop_sequence")
	private @Nullable Integer stopSequence;

	@Column(name = "vehicle_refrigerated")
	private @Nullable Boolean vehicleRefrigerated;

	private @Nullable Instant departure;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "warehouse", name = "order_time_window", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "position")
	private List<Window> windows = new ArrayList<>();

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@OrderBy("lineNo")
	private List<OrderLine> lines = new ArrayList<>();

	protected OutboundOrder() {
	}

	OutboundOrder(UUID siteId, String orderNumber, @Nullable String idempotencyKey, @Nullable String requestHash,
			String customerName, String address, GeoPoint location, LocalDate requestedDate, List<TimeWindow> windows,
			int priority, Instant now) {
		if (windows.isEmpty()) {
			throw new InvalidOrder("An order needs at least one delivery time window");
		}
		if (priority < 1 || priority > 10) {
			throw new InvalidOrder("Priority is 1..10, was " + priority);
		}
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.orderNumber = orderNumber;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
		this.customerName = customerName;
		this.address = address;
		this.lat = location.lat();
		this.lon = location.lon();
		this.requestedDate = requestedDate;
		this.priority = priority;
		this.status = OrderStatus.CREATED;
		this.createdAt = now;
		windows.forEach((w) -> this.windows.add(new Window(w.start(), w.end())));
	}

	OrderLine addLine(io.zaplecze.inventory.ProductView product, int quantity) {
		OrderLine line = new OrderLine(this, this.lines.size() + 1, product, quantity);
		this.lines.add(line);
		return line;
	}

	/** Sets the allocation outcome and the delivery figures derived from it. */
	void allocated(long weightGrams, long volumeCm3, int pallets, boolean needsRefrigeration, int serviceSeconds) {
		this.weightGrams = weightGrams;
		this.volumeCm3 = volumeCm3;
		this.pallets = pallets;
		this.needsRefrigeration = needsRefrigeration;
		this.serviceSeconds = serviceSeconds;
		boolean any = this.lines.stream().anyMatch((l) -> l.allocated() > 0);
		if (this.status == OrderStatus.CREATED || this.status == OrderStatus.ALLOCATED || this.status == OrderStatus.BACKORDERED) {
			this.status = any ? OrderStatus.ALLOCATED : OrderStatus.BACKORDERED;
		}
	}

	void cancel() {
		if (this.status != OrderStatus.CREATED && this.status != OrderStatus.ALLOCATED
				&& this.status != OrderStatus.BACKORDERED) {
			throw new OrderNotCancellable(this.orderNumber, this.status);
		}
		this.status = OrderStatus.CANCELLED;
	}

	/** The route that will deliver it, from the published plan. */
	public void assignRoute(UUID routeId, String vehicleId, int stopSequence, boolean refrigerated, Instant departure) {
		this.routeId = routeId;
		this.vehicleId = vehicleId;
		this.stopSequence = stopSequence;
		this.vehicleRefrigerated = refrigerated;
		this.departure = departure;
	}

	public void pickingStarted() {
		if (this.status == OrderStatus.ALLOCATED) {
			this.status = OrderStatus.PICKING;
		}
	}

	public void picked() {
		this.status = OrderStatus.PICKED;
	}

	public void loaded() {
		this.status = OrderStatus.LOADED;
	}

	/** Records a new ready-time estimate; true when it moved by at least the threshold (or is the first). */
	public boolean readyAt(Instant estimate, java.time.Duration threshold) {
		boolean changed = this.readyAt == null
				|| java.time.Duration.between(this.readyAt, estimate).abs().compareTo(threshold) >= 0;
		if (changed) {
			this.readyAt = estimate;
		}
		return changed;
	}

	public UUID id() {
		return this.id;
	}

	public UUID siteId() {
		return this.siteId;
	}

	public String orderNumber() {
		return this.orderNumber;
	}

	@Nullable String idempotencyKey() {
		return this.idempotencyKey;
	}

	@Nullable String requestHash() {
		return this.requestHash;
	}

	public String customerName() {
		return this.customerName;
	}

	public String address() {
		return this.address;
	}

	public GeoPoint location() {
		return new GeoPoint(this.lat, this.lon);
	}

	public LocalDate requestedDate() {
		return this.requestedDate;
	}

	public int priority() {
		return this.priority;
	}

	public int serviceSeconds() {
		return this.serviceSeconds;
	}

	public OrderStatus status() {
		return this.status;
	}

	public long weightGrams() {
		return this.weightGrams;
	}

	public long volumeCm3() {
		return this.volumeCm3;
	}

	public int pallets() {
		return this.pallets;
	}

	public boolean needsRefrigeration() {
		return this.needsRefrigeration;
	}

	public @Nullable Instant readyAt() {
		return this.readyAt;
	}

	public @Nullable UUID routeId() {
		return this.routeId;
	}

	public @Nullable String vehicleId() {
		return this.vehicleId;
	}

	public @Nullable Integer stopSequence() {
		return this.stopSequence;
	}

	public boolean vehicleRefrigerated() {
		return Boolean.TRUE.equals(this.vehicleRefrigerated);
	}

	public @Nullable Instant departure() {
		return this.departure;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public List<TimeWindow> windows() {
		return this.windows.stream().map((w) -> new TimeWindow(w.startsAt, w.endsAt)).toList();
	}

	public List<OrderLine> lines() {
		return List.copyOf(this.lines);
	}

	@Embeddable
	static class Window {

		@Column(name = "starts_at")
		private Instant startsAt;

		@Column(name = "ends_at")
		private Instant endsAt;

		protected Window() {
		}

		Window(Instant startsAt, Instant endsAt) {
			this.startsAt = startsAt;
			this.endsAt = endsAt;
		}

	}

}
