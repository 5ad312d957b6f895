package io.zaplecze.inventory.count;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.InventoryFailure.StateConflict;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.count.CycleCounts.CountLine;
import io.zaplecze.inventory.count.CycleCounts.CountTask;
import io.zaplecze.inventory.count.CycleCounts.Counted;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CycleCountTests extends InventoryIntegrationTest {

	@Autowired
	CycleCounts counts;

	@Test
	void aVariancePostsACountEntryWithTheCountedQuantityAndReason() {
		String sku = product(RotationPolicy.FEFO, 0);
		String location = "WAW1-CC-" + UUID.randomUUID().toString().substring(0, 8);
		receive(sku, "L1", TODAY.plusDays(30), 10, location);
		receive(sku, "L2", TODAY.plusDays(40), 5, location);
		receive(sku, "L3", TODAY.plusDays(50), 2, location);
		CountTask task = this.counts.create(List.of(location)).getFirst();
		assertThat(task.lines()).hasSize(3);

		// L1 short by 2, L2 as booked, L3 not found at all (not listed).
		CountTask done = this.counts.complete(task.id(), key(),
				List.of(new Counted(sku, "L1", 8), new Counted(sku, "L2", 5)), "annual count");

		assertThat(done.status()).isEqualTo("COMPLETED");
		assertThat(done.lines()).extracting(CountLine::lotNumber, CountLine::variance)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("L1", -2), org.assertj.core.groups.Tuple.tuple("L2", 0),
					org.assertj.core.groups.Tuple.tuple("L3", -2));
		assertThat(this.jdbc.sql("""
				SELECT l.lot_number || ':' || e.quantity || ':' || e.counted_quantity || ':' || e.reason
				FROM inventory.ledger_entry e JOIN inventory.lot l ON l.id = e.lot_id
				WHERE e.sku = ? AND e.entry_type = 'COUNT' ORDER BY l.lot_number""")
			.param(sku)
			.query(String.class)
			.list()).containsExactly("L1:-2:8:annual count", "L3:-2:0:annual count");
		assertThat(onHand(sku)).isEqualTo(13);
		assertThat(this.inventory.reconciliation().consistent()).isTrue();
	}

	@Test
	void aCountBelowWhatIsPromisedBackordersTheDifference() {
		String sku = product(RotationPolicy.FEFO, 0);
		String location = "WAW1-CC-" + UUID.randomUUID().toString().substring(0, 8);
		receive(sku, "L1", TODAY.plusDays(30), 10, location);
		var allocation = reserve(sku, 8, TODAY);
		CountTask task = this.counts.create(List.of(location)).getFirst();

		this.counts.complete(task.id(), key(), List.of(new Counted(sku, "L1", 5)), "count");

		assertThat(onHand(sku)).isEqualTo(5);
		assertThat(reserved(sku)).isEqualTo(5);
		assertThat(this.jdbc.sql("SELECT backordered FROM inventory.reservation WHERE id = ?")
			.param(allocation.reservationId())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void oneOpenTaskPerLocationAndACompletedTaskIsClosed() {
		String location = "WAW1-CC-" + UUID.randomUUID().toString().substring(0, 8);
		CountTask task = this.counts.create(List.of(location)).getFirst();

		assertThatThrownBy(() -> this.counts.create(List.of(location))).isInstanceOf(StateConflict.class);
		String key = key();
		this.counts.complete(task.id(), key, List.of(), "empty bay");
		// The same submission again is a replay, another one a conflict.
		assertThat(this.counts.complete(task.id(), key, List.of(), "empty bay").status()).isEqualTo("COMPLETED");
		assertThatThrownBy(() -> this.counts.complete(task.id(), key(), List.of(), "again"))
			.isInstanceOf(StateConflict.class);
		assertThat(this.counts.create(List.of(location))).hasSize(1);
	}

}
