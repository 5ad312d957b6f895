package io.zaplecze.routing.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.DeliveryRequested;

/** The intake tables; every write is an idempotent upsert keyed by shipment id. */
@Repository
class DeliveryRepository {

	private static final String SELECT = """
			SELECT d.*, r.ready_at, c.reason AS cancel_reason
			FROM routing.delivery d
			LEFT JOIN routing.delivery_ready r ON r.shipment_id = d.shipment_id
			LEFT JOIN routing.delivery_cancellation c ON c.shipment_id = d.shipment_id
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DeliveryRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void upsert(DeliveryRequested e, Instant now) {
		ArrayNode windows = this.json.createArrayNode();
		for (TimeWindow w : e.timeWindows()) {
			windows.addObject().put("start", w.start().toString()).put("end", w.end().toString());
		}
		this.jdbc.sql("""
				INSERT INTO routing.delivery (shipment_id, order_number, customer_name, address, lat, lon, delivery_date,
				  time_windows, service_seconds, weight_grams, volume_cm3, pallets, needs_refrigeration, priority,
				  depot_id, received_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (shipment_id) DO UPDATE SET order_number = excluded.order_number,
				  customer_name = excluded.customer_name, address = excluded.address, lat = excluded.lat,
				  lon = excluded.lon, delivery_date = excluded.delivery_date, time_windows = excluded.time_windows,
				  service_seconds = excluded.service_seconds, weight_grams = excluded.weight_grams,
				  volume_cm3 = excluded.volume_cm3, pallets = excluded.pallets,
				  needs_refrigeration = excluded.needs_refrigeration, priority = excluded.priority,
				  depot_id = excluded.depot_id, updated_at = excluded.updated_at
				""")
			.params(e.shipmentId(), e.orderNumber(), e.customerName(), e.address(), e.location().lat(),
					e.location().lon(), e.deliveryDate(), this.json.writeValueAsString(windows), e.serviceSeconds(),
					e.weightGrams(), e.volumeCm3(), e.pallets(), e.needsRefrigeration(), e.priority(), e.depotId(),
					Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	void ready(UUID shipmentId, Instant readyAt, Instant now) {
		this.jdbc.sql("""
				INSERT INTO routing.delivery_ready (shipment_id, ready_at, updated_at) VALUES (?, ?, ?)
				ON CONFLICT (shipment_id) DO UPDATE SET ready_at = excluded.ready_at, updated_at = excluded.updated_at
				""").params(shipmentId, Timestamp.from(readyAt), Timestamp.from(now)).update();
	}

	void cancel(UUID shipmentId, String reason, Instant now) {
		this.jdbc.sql("""
				INSERT INTO routing.delivery_cancellation (shipment_id, reason, cancelled_at) VALUES (?, ?, ?)
				ON CONFLICT (shipment_id) DO NOTHING
				""").params(shipmentId, reason, Timestamp.from(now)).update();
	}

	List<Delivery> forDate(LocalDate date) {
		return this.jdbc.sql(SELECT + " WHERE d.delivery_date = ? ORDER BY d.order_number, d.shipment_id")
			.param(date)
			.query(this::map)
			.list();
	}

	Optional<Delivery> find(UUID shipmentId) {
		return this.jdbc.sql(SELECT + " WHERE d.shipment_id = ?").param(shipmentId).query(this::map).optional();
	}

	private Delivery map(ResultSet rs, int row) throws SQLException {
		List<TimeWindow> windows = new ArrayList<>();
		for (JsonNode w : this.json.readTree(rs.getString("time_windows"))) {
			windows.add(new TimeWindow(Instant.parse(w.get("start").asString()), Instant.parse(w.get("end").asString())));
		}
		Timestamp ready = rs.getTimestamp("ready_at");
		return new Delivery(rs.getObject("shipment_id", UUID.class), rs.getString("order_number"),
				rs.getString("customer_name"), rs.getString("address"),
				new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getObject("delivery_date", LocalDate.class),
				windows, rs.getInt("service_seconds"), rs.getLong("weight_grams"), rs.getLong("volume_cm3"),
				rs.getInt("pallets"), rs.getBoolean("needs_refrigeration"), rs.getInt("priority"),
				rs.getObject("depot_id", UUID.class), ready == null ? null : ready.toInstant(),
				rs.getString("cancel_reason"), rs.getTimestamp("received_at").toInstant());
	}

}
