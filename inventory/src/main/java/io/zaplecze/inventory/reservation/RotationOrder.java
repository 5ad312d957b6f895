package io.zaplecze.inventory.reservation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.RotationPolicy;

/** The rotation policies as orders over allocatable stock rows, and the greedy split of a quantity. */
final class RotationOrder {

	private static final Comparator<Candidate> BY_LOT_THEN_LOCATION = Comparator.comparingLong(Candidate::lotId)
		.thenComparing(Candidate::locationId);

	private static final Comparator<Candidate> FIRST_RECEIVED = Comparator.comparing(Candidate::receivedAt)
		.thenComparing(BY_LOT_THEN_LOCATION);

	private static final Comparator<Candidate> FIRST_EXPIRING = Comparator
		.comparing(Candidate::expiryDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(FIRST_RECEIVED);

	private static final Comparator<Candidate> LAST_RECEIVED = Comparator.comparing(Candidate::receivedAt)
		.thenComparingLong(Candidate::lotId)
		.reversed()
		.thenComparing(Candidate::locationId);

	private RotationOrder() {
	}

	/**
	 * A stock row that may be allocated.
	 *
	 * @param lotId the lot
	 * @param locationId where
	 * @param available on hand and not promised
	 * @param lotNumber the lot's number
	 * @param expiryDate the lot's expiry, if any
	 * @param receivedAt the lot's first receipt
	 */
	record Candidate(long lotId, String locationId, int available, String lotNumber, @Nullable LocalDate expiryDate,
			Instant receivedAt) {
	}

	/**
	 * A part of an allocation.
	 *
	 * @param candidate the row
	 * @param quantity how much of it
	 */
	record Take(Candidate candidate, int quantity) {
	}

	static Comparator<Candidate> of(RotationPolicy policy) {
		return switch (policy) {
			case FEFO -> FIRST_EXPIRING;
			case FIFO -> FIRST_RECEIVED;
			case LIFO -> LAST_RECEIVED;
		};
	}

	/** Takes {@code quantity} from the rows in the policy's order, as much of each as it has. */
	static List<Take> split(List<Candidate> candidates, RotationPolicy policy, int quantity) {
		List<Candidate> ordered = new ArrayList<>(candidates);
		ordered.sort(of(policy));
		List<Take> takes = new ArrayList<>();
		int remaining = quantity;
		for (Candidate candidate : ordered) {
			if (remaining == 0) {
				break;
			}
			int take = Math.min(candidate.available(), remaining);
			if (take > 0) {
				takes.add(new Take(candidate, take));
				remaining -= take;
			}
		}
		return takes;
	}

}
