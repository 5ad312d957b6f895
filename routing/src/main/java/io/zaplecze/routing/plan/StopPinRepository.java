package io.zaplecze.routing.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dispatchers' pins per day. */
@Repository
class StopPinRepository {

	private final JdbcClient jdbc;

	StopPinRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void put(LocalDate date, UUID shipmentId, String vehicleId, @Nullable Integer sequence, Instant now) {
		this.jdbc.sql("""
				INSERT INTO routing.stop_pin (plan_date, shipment_id, vehicle_code, sequence, created_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (plan_date, shipment_id) DO UPDATE SET vehicle_code = excluded.vehicle_code,
				  sequence = excluded.sequence, created_at = excluded.created_at
				""").params(date, shipmentId, vehicleId, sequence, Timestamp.from(now)).update();
	}

	int remove(LocalDate date, UUID shipmentId) {
		return this.jdbc.sql("DELETE FROM routing.stop_pin WHERE plan_date = ? AND shipment_id = ?")
			.params(date, shipmentId)
			.update();
	}

	List<ProblemAssembler.Pin> forDate(LocalDate date) {
		return this.jdbc.sql("SELECT shipment_id, vehicle_code, sequence FROM routing.stop_pin WHERE plan_date = ? ORDER BY created_at")
			.param(date)
			.query((rs, n) -> {
				int seq = rs.getInt("sequence");
				return new ProblemAssembler.Pin(rs.getObject("shipment_id", UUID.class), rs.getString("vehicle_code"),
						rs.wasNull() ? null : seq);
			})
			.list();
	}

}
