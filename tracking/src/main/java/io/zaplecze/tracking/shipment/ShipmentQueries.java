package io.zaplecze.tracking.shipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads shipments, their timelines and their stops' progress. */
@Component
public class ShipmentQueries {

	private static final String COLUMNS = """
			s.shipment_id, s.order_number, s.customer_name, s.delivery_date, s.status, s.status_at, s.tracking_code,
			s.code_expires_at, s.vehicle_id, s.route_id, s.stop_id, s.eta, s.eta_from, s.eta_to, s.window_start,
			s.window_end, s.late, st.arrived_at, st.departed_at, st.outcome, st.outcome_at, st.recipient_name,
			st.failure_reason, st.sequence""";

	private final JdbcTemplate jdbc;

	ShipmentQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Shipment> byDay(LocalDate day) {
		return this.jdbc.query("SELECT " + COLUMNS + " " + """
				 FROM tracking.shipments s LEFT JOIN tracking.stops st ON st.stop_id = s.stop_id
				WHERE s.delivery_date = ? ORDER BY s.vehicle_id NULLS LAST, st.sequence NULLS LAST, s.order_number""",
				ShipmentQueries::shipment, day);
	}

	public @Nullable Shipment byId(UUID shipmentId) {
		List<Shipment> found = this.jdbc.query("SELECT " + COLUMNS + " " + """
				 FROM tracking.shipments s LEFT JOIN tracking.stops st ON st.stop_id = s.stop_id WHERE s.shipment_id = ?""",
				ShipmentQueries::shipment, shipmentId);
		return found.isEmpty() ? null : found.get(0);
	}

	public @Nullable Shipment byCode(String code) {
		List<Shipment> found = this.jdbc.query("SELECT " + COLUMNS + " " + """
				 FROM tracking.shipments s LEFT JOIN tracking.stops st ON st.stop_id = s.stop_id WHERE s.tracking_code = ?""",
				ShipmentQueries::shipment, code);
		return found.isEmpty() ? null : found.get(0);
	}

	public List<TimelineEntry> timeline(UUID shipmentId) {
		return this.jdbc.query("""
				SELECT status, at, source, detail FROM tracking.shipment_timeline WHERE shipment_id = ?""",
				(rs, i) -> new TimelineEntry(ShipmentStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
						rs.getString(3), rs.getString(4)),
				shipmentId)
			.stream()
			.sorted(STORY_ORDER)
			.toList();
	}

	/**
	 * A timeline reads in the order a shipment advances, then by time. Each status appears once and a
	 * status only moves forward, so with agreeing clocks this is the order of time; but device times
	 * (arrivals, deliveries) come from the vehicles' clocks and server times (planned, loaded) from
	 * ours, and a skew between them must not tell a customer the van left before the order was planned.
	 */
	static final java.util.Comparator<TimelineEntry> STORY_ORDER = java.util.Comparator
		.comparingInt((TimelineEntry e) -> e.status().rank())
		.thenComparing(TimelineEntry::at)
		.thenComparing(TimelineEntry::status);

	private static Shipment shipment(ResultSet rs, int row) throws SQLException {
		return new Shipment(rs.getObject("shipment_id", UUID.class), rs.getString("order_number"),
				rs.getString("customer_name"), rs.getObject("delivery_date", LocalDate.class),
				ShipmentStatus.valueOf(rs.getString("status")), instant(rs, "status_at"), rs.getString("tracking_code"),
				instant(rs, "code_expires_at"), rs.getString("vehicle_id"), rs.getObject("route_id", UUID.class),
				rs.getObject("stop_id", UUID.class), (Integer) rs.getObject("sequence"), instant(rs, "eta"),
				instant(rs, "eta_from"), instant(rs, "eta_to"), instant(rs, "window_start"), instant(rs, "window_end"),
				rs.getBoolean("late"), instant(rs, "arrived_at"), instant(rs, "departed_at"), rs.getString("outcome"),
				instant(rs, "outcome_at"), rs.getString("recipient_name"), rs.getString("failure_reason"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return (ts != null) ? ts.toInstant() : null;
	}

	/**
	 * A shipment as dispatchers see it.
	 *
	 * @param shipmentId the shipment (the warehouse's order id)
	 * @param orderNumber human-readable order number
	 * @param customerName recipient
	 * @param deliveryDate the day
	 * @param status current status
	 * @param statusAt when it took that status
	 * @param trackingCode the customer's code
	 * @param codeExpiresAt when the code stops working
	 * @param vehicleId the vehicle delivering it
	 * @param routeId its route
	 * @param stopId its stop
	 * @param stopSequence the stop's place in the route
	 * @param eta estimated arrival
	 * @param etaFrom earliest arrival shown to the customer
	 * @param etaTo latest arrival shown to the customer
	 * @param windowStart the first window's start
	 * @param windowEnd the last window's end
	 * @param late whether the estimate is past the window
	 * @param arrivedAt when the vehicle arrived at the stop
	 * @param departedAt when it left
	 * @param outcome DELIVERED or FAILED
	 * @param outcomeAt when
	 * @param recipientName who took it
	 * @param failureReason why it failed
	 */
	public record Shipment(UUID shipmentId, @Nullable String orderNumber, @Nullable String customerName,
			@Nullable LocalDate deliveryDate, ShipmentStatus status, @Nullable Instant statusAt, String trackingCode,
			@Nullable Instant codeExpiresAt, @Nullable String vehicleId, @Nullable UUID routeId, @Nullable UUID stopId,
			@Nullable Integer stopSequence, @Nullable Instant eta, @Nullable Instant etaFrom, @Nullable Instant etaTo,
			@Nullable Instant windowStart, @Nullable Instant windowEnd, boolean late, @Nullable Instant arrivedAt,
			@Nullable Instant departedAt, @Nullable String outcome, @Nullable Instant outcomeAt,
			@Nullable String recipientName, @Nullable String failureReason) {
	}

	/**
	 * One step of the timeline.
	 *
	 * @param status the status reached
	 * @param at when
	 * @param source who said so (warehouse, routing, tracking, device)
	 * @param detail more, in words
	 */
	public record TimelineEntry(ShipmentStatus status, Instant at, String source, @Nullable String detail) {
	}

}
