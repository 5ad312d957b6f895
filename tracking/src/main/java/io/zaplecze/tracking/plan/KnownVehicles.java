package io.zaplecze.tracking.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.zaplecze.tracking.ingest.FleetMembership;
import io.zaplecze.tracking.ingest.VehiclesAdmitted;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The vehicles allowed to publish: every vehicle of a published plan (registered when the plan
 * arrives) and vehicles a dispatcher registered explicitly (a spare van, a test device). Held in
 * memory for the ingest; the table is the record. A newly admitted vehicle's earlier messages are
 * replayed from the dead letters ({@link VehiclesAdmitted}).
 */
@Component
public class KnownVehicles implements FleetMembership, InitializingBean {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Set<String> known = ConcurrentHashMap.newKeySet();

	private final ApplicationEventPublisher events;

	KnownVehicles(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public void afterPropertiesSet() {
		this.known.addAll(this.jdbc.queryForList("SELECT vehicle_id FROM tracking.known_vehicles", String.class));
	}

	@Override
	public boolean isKnown(String vehicleId) {
		return this.known.contains(vehicleId);
	}

	/** Registers a vehicle (idempotent); returns whether it was new. */
	public boolean register(String vehicleId, String source) {
		int added = this.jdbc.update("""
				INSERT INTO tracking.known_vehicles (vehicle_id, source, registered_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""", vehicleId, source, Timestamp.from(this.clock.instant()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Admitted to the ingest only once the registration (and the plan it came with) is committed.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					admit(vehicleId);
				}
			});
		}
		else {
			admit(vehicleId);
		}
		return added == 1;
	}

	private void admit(String vehicleId) {
		if (this.known.add(vehicleId)) {
			this.events.publishEvent(new VehiclesAdmitted(Set.of(vehicleId)));
		}
	}

	/**
	 * Admits vehicles another instance registered (scale-out: a plan published or a vehicle registered
	 * through an instance that does not own the ingest); the owner calls this on every heartbeat.
	 */
	public void refresh() {
		java.util.Set<String> fresh = new java.util.HashSet<>();
		for (String vehicleId : this.jdbc.queryForList("SELECT vehicle_id FROM tracking.known_vehicles", String.class)) {
			if (this.known.add(vehicleId)) {
				fresh.add(vehicleId);
			}
		}
		if (!fresh.isEmpty()) {
			this.events.publishEvent(new VehiclesAdmitted(fresh));
		}
	}

	public Set<String> all() {
		return Set.copyOf(this.known);
	}

}
