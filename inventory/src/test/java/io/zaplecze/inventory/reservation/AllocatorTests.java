package io.zaplecze.inventory.reservation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation.AllocatedLot;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.reservation.RotationOrder.Candidate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AllocatorTests extends InventoryIntegrationTest {

	@Autowired
	Allocator allocator;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void staleCandidatesRecordNoReservation() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(10), 5, "WAW1-A-01");
		receive(sku, "L2", TODAY.plusDays(20), 10, "WAW1-A-02");
		reserve(sku, 3, TODAY);
		long l1 = lotId(sku, "L1");
		long l2 = lotId(sku, "L2");
		// Read before the reservation above: L1 seemed to have 5, it has 2; L2 is as read.
		List<Candidate> stale = List.of(new Candidate(l1, "WAW1-A-01", 5, "L1", TODAY.plusDays(10), NOW),
				new Candidate(l2, "WAW1-A-02", 10, "L2", TODAY.plusDays(20), NOW));
		ReserveStock command = new ReserveStock(key(), UUID.randomUUID(), "1", sku, 7, TODAY);

		Optional<List<AllocatedLot>> outcome = this.transactions.execute(tx -> {
			Optional<List<AllocatedLot>> lots = this.allocator.record(UUID.randomUUID(), command, RotationPolicy.FEFO,
					stale, OffsetDateTime.now(this.clock));
			// As the service does (it throws): a stale split never commits.
			tx.setRollbackOnly();
			return lots;
		});

		assertThat(outcome).isEmpty();
		assertThat(reserved(sku)).isEqualTo(3);
		assertThat(this.inventory.reconciliation().consistent()).isTrue();
	}

	@Test
	void lockedCandidatesReflectCurrentAvailability() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(10), 5, "WAW1-A-01");
		reserve(sku, 3, TODAY);

		List<Candidate> locked = this.transactions.execute(tx -> this.allocator.lock(sku, TODAY));

		assertThat(locked).singleElement().satisfies(c -> assertThat(c.available()).isEqualTo(2));
	}

	private long lotId(String sku, String lot) {
		return this.jdbc.sql("SELECT id FROM inventory.lot WHERE sku = ? AND lot_number = ?")
			.params(sku, lot)
			.query(Long.class)
			.single();
	}

}
