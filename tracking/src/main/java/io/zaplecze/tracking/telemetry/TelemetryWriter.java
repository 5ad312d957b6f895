package io.zaplecze.tracking.telemetry;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.PGConnection;

import io.zaplecze.tracking.ingest.BatchStore;
import io.zaplecze.tracking.ingest.DeadLetter;
import io.zaplecze.tracking.ingest.PositionFix;
import io.zaplecze.tracking.ingest.StopEvent;
import io.zaplecze.tracking.ingest.StopEventRecorder;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores an ingest batch in one transaction and few round trips: all positions in one
 * {@code INSERT ... SELECT FROM unnest(arrays)} (the primary key is the deduplication key; see
 * {@link #storeOnce} for when duplicates are skipped), vehicles never seen before, the few stop events
 * with their effects, and the dead letters.
 */
@Component
class TelemetryWriter implements BatchStore {

	private static final String EPOCH_MICROS = "timestamptz 'epoch' + %s * interval '1 microsecond'";

	/**
	 * All positions of a batch in one statement. The primary key is the deduplication key: the strict
	 * form fails the batch on a duplicate, the tolerant form skips duplicates (its update count is the
	 * number actually inserted). Nothing else is written per position: the latest position is a view
	 * over this table (V2 migration).
	 */
	private static final String INSERT_POSITIONS_STRICT = """
			INSERT INTO tracking.positions (vehicle_id, day, seq, device_time, received_at, lat, lon, speed_kmh, heading,
			  accuracy_m)
			SELECT u.v, ((%1$s) AT TIME ZONE 'UTC')::date, u.s, %1$s, %2$s, u.la, u.lo, u.sp, u.hd, u.ac
			FROM unnest(?::text[], ?::int8[], ?::int8[], ?::int8[], ?::float8[], ?::float8[], ?::float4[], ?::float4[],
			  ?::float4[]) AS u(v, s, t, r, la, lo, sp, hd, ac)""".formatted(EPOCH_MICROS.formatted("u.t"),
			EPOCH_MICROS.formatted("u.r"));

	private static final String INSERT_POSITIONS_TOLERANT = INSERT_POSITIONS_STRICT + " ON CONFLICT DO NOTHING";

	private static final String INSERT_SEEN = """
			INSERT INTO tracking.vehicles_seen (vehicle_id) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING""";

	private static final String INSERT_EVENT = """
			INSERT INTO tracking.device_events (vehicle_id, seq, device_time, received_at, type, stop_id, lat, lon, recipient_name,
			  signature_ref, reason)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

	private static final String INSERT_DEAD_LETTER = """
			INSERT INTO tracking.dead_letters (received_at, topic, vehicle_id, reason, detail, payload, payload_size)
			VALUES (?, ?, ?, ?, ?, ?, ?)""";

	private static final int MAX_REMEMBERED_VEHICLES = 1_000_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PartitionMaintenance partitions;

	private final StopEventRecorder recorder;

	/** Vehicles known to be in {@code vehicles_seen} (added after the commit that wrote them). */
	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	private volatile boolean expectDuplicates;

	TelemetryWriter(JdbcTemplate jdbc, PartitionMaintenance partitions, StopEventRecorder recorder,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		// The application's transaction manager, not a plain JDBC one: a stop outcome publishes a
		// domain event in the batch's transaction, and the event publication registry writes it
		// through JPA. Under a separate DataSourceTransactionManager that write (and the listeners'
		// own transactions started after the commit) found the batch's connection still bound to the
		// thread ("Already value … bound to thread") and every later batch failed to store.
		this.transactions = new TransactionTemplate(transactionManager);
		this.partitions = partitions;
		this.recorder = recorder;
	}

	@Override
	public Result store(List<PositionFix> fixes, List<StopEvent> events, List<DeadLetter> deadLetters) {
		try {
			return storeOnce(fixes, events, deadLetters);
		}
		catch (DataAccessException ex) {
			SQLException sql = sqlException(ex);
			String state = (sql != null && sql.getSQLState() != null) ? sql.getSQLState() : "";
			if (state.equals("23514") && String.valueOf(sql.getMessage()).contains("no partition")) {
				ensurePartitions(fixes);
				return storeOnce(fixes, events, deadLetters);
			}
			if (state.startsWith("22") || state.startsWith("23")) {
				throw new RejectedBatch("rows refused (SQLState " + state + ")", ex);
			}
			throw ex;
		}
	}

	/**
	 * Most batches hold no duplicate (the pipeline's sequence window drops redeliveries it knows), so
	 * they are inserted with the strict statement: {@code ON CONFLICT} makes PostgreSQL search the
	 * primary key once more per row before inserting, which a profile of the backend showed as its
	 * largest cost. A batch that does hold one (redeliveries after a restart, a copy twice in one
	 * batch) fails and is stored again with the tolerant statement, which stays in use until a batch
	 * comes through without a duplicate.
	 */
	private Result storeOnce(List<PositionFix> fixes, List<StopEvent> events, List<DeadLetter> deadLetters) {
		if (!this.expectDuplicates) {
			try {
				return storeInTransaction(INSERT_POSITIONS_STRICT, fixes, events, deadLetters);
			}
			catch (DuplicateKeyException ex) {
				this.expectDuplicates = true;
			}
		}
		Result result = storeInTransaction(INSERT_POSITIONS_TOLERANT, fixes, events, deadLetters);
		this.expectDuplicates = result.positionsInserted() < fixes.size();
		return result;
	}

	private Result storeInTransaction(String insertPositions, List<PositionFix> fixes, List<StopEvent> events,
			List<DeadLetter> deadLetters) {
		List<String> unseen = unseenVehicles(fixes);
		Result result = this.transactions.execute(status -> {
			int inserted = fixes.isEmpty() ? 0 : insertPositions(insertPositions, fixes);
			if (!unseen.isEmpty()) {
				this.jdbc.update(INSERT_SEEN, (PreparedStatementSetter) ps -> ps.setArray(1,
						ps.getConnection().createArrayOf("text", unseen.toArray())));
			}
			List<StopEvent> newEvents = events.isEmpty() ? List.of() : insertEvents(events);
			if (!deadLetters.isEmpty()) {
				insertDeadLetters(deadLetters);
			}
			return new Result(inserted, newEvents);
		});
		if (this.seen.size() > MAX_REMEMBERED_VEHICLES) {
			this.seen.clear();
		}
		this.seen.addAll(unseen);
		return (result != null) ? result : new Result(0, List.of());
	}

	private List<String> unseenVehicles(List<PositionFix> fixes) {
		Set<String> unseen = new LinkedHashSet<>();
		for (PositionFix fix : fixes) {
			if (!this.seen.contains(fix.vehicleId())) {
				unseen.add(fix.vehicleId());
			}
		}
		return List.copyOf(unseen);
	}

	private void ensurePartitions(List<PositionFix> fixes) {
		LocalDate min = LocalDate.MAX;
		LocalDate max = LocalDate.MIN;
		for (PositionFix fix : fixes) {
			LocalDate day = LocalDate.ofInstant(fix.deviceTime(), ZoneOffset.UTC);
			min = day.isBefore(min) ? day : min;
			max = day.isAfter(max) ? day : max;
		}
		if (!fixes.isEmpty()) {
			this.partitions.ensure(min, max);
		}
	}

	private int insertPositions(String sql, List<PositionFix> fixes) {
		Integer inserted = this.jdbc.execute((ConnectionCallback<Integer>) con -> {
			try (PreparedStatement ps = con.prepareStatement(sql)) {
				bind(ps, con.unwrap(PGConnection.class), con, fixes);
				return ps.executeUpdate();
			}
		});
		return (inserted != null) ? inserted : 0;
	}

	private static void bind(PreparedStatement ps, PGConnection pg, java.sql.Connection con, List<PositionFix> fixes)
			throws SQLException {
		int n = fixes.size();
		String[] vehicles = new String[n];
		long[] seqs = new long[n];
		long[] times = new long[n];
		long[] received = new long[n];
		double[] lats = new double[n];
		double[] lons = new double[n];
		Float[] speeds = new Float[n];
		Float[] headings = new Float[n];
		Float[] accuracies = new Float[n];
		for (int i = 0; i < n; i++) {
			PositionFix fix = fixes.get(i);
			vehicles[i] = fix.vehicleId();
			seqs[i] = fix.seq();
			times[i] = micros(fix.deviceTime());
			received[i] = micros(fix.receivedAt());
			lats[i] = fix.lat();
			lons[i] = fix.lon();
			speeds[i] = fix.speedKmh();
			headings[i] = fix.heading();
			accuracies[i] = fix.accuracyM();
		}
		ps.setArray(1, con.createArrayOf("text", vehicles));
		ps.setArray(2, pg.createArrayOf("int8", seqs));
		ps.setArray(3, pg.createArrayOf("int8", times));
		ps.setArray(4, pg.createArrayOf("int8", received));
		ps.setArray(5, pg.createArrayOf("float8", lats));
		ps.setArray(6, pg.createArrayOf("float8", lons));
		ps.setArray(7, floats(con, speeds));
		ps.setArray(8, floats(con, headings));
		ps.setArray(9, floats(con, accuracies));
	}

	private static Array floats(java.sql.Connection con, Float[] values) throws SQLException {
		return con.createArrayOf("float4", values);
	}

	private static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
	}

	private List<StopEvent> insertEvents(List<StopEvent> events) {
		List<StopEvent> fresh = new ArrayList<>();
		for (StopEvent e : events) {
			int count = this.jdbc.update(INSERT_EVENT, e.vehicleId(), e.seq(), Timestamp.from(e.deviceTime()),
					Timestamp.from(e.receivedAt()), e.type().name(), e.stopId(), e.lat(), e.lon(), e.recipientName(),
					e.signatureRef(), (e.reason() != null) ? e.reason().name() : null);
			if (count == 1) {
				this.recorder.record(e);
				fresh.add(e);
			}
		}
		return fresh;
	}

	private void insertDeadLetters(List<DeadLetter> deadLetters) {
		this.jdbc.batchUpdate(INSERT_DEAD_LETTER, deadLetters, deadLetters.size(), (ps, d) -> {
			ps.setTimestamp(1, Timestamp.from(d.receivedAt()));
			ps.setString(2, d.topic());
			ps.setString(3, d.vehicleId());
			ps.setString(4, d.reason().code());
			ps.setString(5, d.detail());
			ps.setBytes(6, d.payload());
			ps.setInt(7, d.payloadSize());
		});
	}

	private static SQLException sqlException(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				SQLException next = sql;
				while (next.getSQLState() == null && next.getNextException() != null) {
					next = next.getNextException();
				}
				return next;
			}
		}
		return null;
	}

}
