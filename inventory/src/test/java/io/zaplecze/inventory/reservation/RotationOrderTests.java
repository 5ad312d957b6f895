package io.zaplecze.inventory.reservation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.reservation.RotationOrder.Candidate;
import io.zaplecze.inventory.reservation.RotationOrder.Take;

import static org.assertj.core.api.Assertions.assertThat;

class RotationOrderTests {

	static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	static Candidate row(long lot, String location, int available, LocalDate expiry, int receivedHour) {
		return new Candidate(lot, location, available, "L" + lot, expiry, T0.plusSeconds(3600L * receivedHour));
	}

	static List<String> order(List<Take> takes) {
		return takes.stream().map(t -> t.candidate().lotNumber() + "@" + t.candidate().locationId() + "x" + t.quantity())
			.toList();
	}

	final List<Candidate> rows = List.of(row(1, "B", 5, LocalDate.parse("2026-04-01"), 0),
			row(1, "A", 5, LocalDate.parse("2026-04-01"), 0), row(2, "A", 5, LocalDate.parse("2026-03-10"), 5),
			row(3, "A", 5, null, 9));

	@Test
	void fefoOrdersByExpiryWithNoExpiryLastThenByLocation() {
		assertThat(order(RotationOrder.split(this.rows, RotationPolicy.FEFO, 20)))
			.containsExactly("L2@Ax5", "L1@Ax5", "L1@Bx5", "L3@Ax5");
	}

	@Test
	void fifoOrdersByReceipt() {
		assertThat(order(RotationOrder.split(this.rows, RotationPolicy.FIFO, 12))).containsExactly("L1@Ax5", "L1@Bx5",
				"L2@Ax2");
	}

	@Test
	void lifoOrdersByLatestReceipt() {
		assertThat(order(RotationOrder.split(this.rows, RotationPolicy.LIFO, 7))).containsExactly("L3@Ax5", "L2@Ax2");
	}

	@Test
	void takesNoMoreThanAskedNorMoreThanAvailable() {
		assertThat(RotationOrder.split(this.rows, RotationPolicy.FEFO, 3)).singleElement()
			.satisfies(t -> assertThat(t.quantity()).isEqualTo(3));
		assertThat(RotationOrder.split(this.rows, RotationPolicy.FEFO, 100).stream().mapToInt(Take::quantity).sum())
			.isEqualTo(20);
	}

}
