package io.zaplecze.tracking.ingest;

import java.sql.Timestamp;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives messages of a vehicle that was not yet known a second chance: when the vehicle is admitted
 * (its plan arrived after its first messages, or a dispatcher registered it), its
 * {@code unknown-vehicle} dead letters that were kept whole go through the pipeline again. The dead
 * letter is deleted only when the pipeline has committed the replayed message (the replay's
 * "acknowledgement"), so a crash in between replays it again, and deduplication absorbs that.
 */
@Component
class DeadLetterReplay {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

	private static final int LIMIT = 100_000;

	private final JdbcTemplate jdbc;

	private final IngestPipeline pipeline;

	DeadLetterReplay(JdbcTemplate jdbc, IngestPipeline pipeline) {
		this.jdbc = jdbc;
		this.pipeline = pipeline;
	}

	@EventListener
	void on(VehiclesAdmitted admitted) throws InterruptedException {
		if (!this.pipeline.running()) {
			return;
		}
		List<Replayable> letters = this.jdbc.query("""
				SELECT id, topic, payload, received_at FROM tracking.dead_letters
				WHERE reason = 'unknown-vehicle' AND vehicle_id = ANY (?) AND payload_size = length(payload)
				ORDER BY id LIMIT ?""",
				(rs, i) -> new Replayable(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getTimestamp(4)),
				admitted.vehicleIds().toArray(String[]::new), LIMIT);
		for (Replayable letter : letters) {
			this.pipeline.submit(new InboundMessage(letter.topic(), letter.payload(), letter.receivedAt().toInstant(),
					() -> this.jdbc.update("DELETE FROM tracking.dead_letters WHERE id = ?", letter.id())));
		}
		if (!letters.isEmpty()) {
			log.info("Replaying {} dead letters of {} newly admitted vehicle(s)", letters.size(),
					admitted.vehicleIds().size());
		}
	}

	private record Replayable(long id, String topic, byte[] payload, Timestamp receivedAt) {
	}

}
