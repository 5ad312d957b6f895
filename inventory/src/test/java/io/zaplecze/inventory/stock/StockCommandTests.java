package io.zaplecze.inventory.stock;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.BackorderCreated;
import io.zaplecze.inventory.InventoryFailure.ExpiryInPast;
import io.zaplecze.inventory.InventoryFailure.InsufficientStock;
import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryFailure.LotExpiryMismatch;
import io.zaplecze.inventory.InventoryFailure.UnknownLot;
import io.zaplecze.inventory.InventoryFailure.UnknownProduct;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.AdjustStock;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockReconciliation;
import io.zaplecze.inventory.stock.StockCommandService.ReturnStock;
import io.zaplecze.inventory.stock.StockCommandService.ScrapStock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StockCommandTests extends InventoryIntegrationTest {

	@Autowired
	StockCommandService commands;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aReceiptWithAnExpiryInThePastIsRefusedAndCreatesNothing() {
		String sku = product(RotationPolicy.FEFO, 0);

		assertThatThrownBy(() -> receive(sku, "OLD", TODAY.minusDays(1), 10, "WAW1-A-01"))
			.isInstanceOf(ExpiryInPast.class);

		assertThat(onHand(sku)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM inventory.lot WHERE sku = ?").param(sku).query(Long.class).single())
			.isZero();
	}

	@Test
	void receiptsRefuseZeroNegativeUnknownAndInconsistentInput() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(9), 1, "WAW1-A-01");

		assertThatThrownBy(() -> receive(sku, "L1", TODAY.plusDays(9), 0, "WAW1-A-01"))
			.isInstanceOf(InvalidRequest.class);
		assertThatThrownBy(() -> receive(sku, "L1", TODAY.plusDays(9), -5, "WAW1-A-01"))
			.isInstanceOf(InvalidRequest.class);
		assertThatThrownBy(() -> receive("UNKNOWN-" + sku, "L1", null, 5, "WAW1-A-01"))
			.isInstanceOf(UnknownProduct.class);
		assertThatThrownBy(() -> receive(sku, "L1", TODAY.plusDays(10), 5, "WAW1-A-01"))
			.isInstanceOf(LotExpiryMismatch.class);
		assertThat(onHand(sku)).isEqualTo(1);
		assertThat(ledgerEntries(sku)).isEqualTo(1);
	}

	@Test
	void aMoveOfMoreThanIsAvailableIsRefusedAndChangesNothing() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");
		reserve(sku, 4, TODAY);

		assertThatThrownBy(() -> this.inventory.move(new MoveStock(key(), sku, "L1", "WAW1-A-01", "WAW1-B-01", 7)))
			.isInstanceOf(InsufficientStock.class);
		assertThatThrownBy(() -> this.inventory.move(new MoveStock(key(), sku, "NOPE", "WAW1-A-01", "WAW1-B-01", 1)))
			.isInstanceOf(UnknownLot.class);

		assertThat(this.inventory.stockOf(sku)).extracting(StockLevel::locationId).containsExactly("WAW1-A-01");
		assertThat(ledgerEntries(sku)).isEqualTo(1);
	}

	@Test
	void aMovePostsTwoEntriesThatSumToZero() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");

		this.inventory.move(new MoveStock(key(), sku, "L1", "WAW1-A-01", "WAW1-B-01", 6));

		assertThat(this.jdbc.sql("SELECT quantity FROM inventory.ledger_entry WHERE sku = ? AND entry_type = 'MOVE' ORDER BY id")
			.param(sku)
			.query(Integer.class)
			.list()).containsExactly(-6, 6);
		assertThat(onHand(sku)).isEqualTo(10);
	}

	@Test
	void stockNeverGoesNegative() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 3, "WAW1-A-01");

		assertThatThrownBy(() -> this.inventory.adjust(new AdjustStock(key(), sku, "L1", "WAW1-A-01", -4, "lost")))
			.isInstanceOf(InsufficientStock.class);
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE inventory.stock SET on_hand = -1 WHERE sku = ?").param(sku).update())
			.hasMessageContaining("check constraint");
		assertThat(onHand(sku)).isEqualTo(3);
	}

	@Test
	void anAdjustmentBelowWhatIsPromisedBackordersTheNewestReservation() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");
		Allocation older = reserve(sku, 5, TODAY);
		this.clock.advance(java.time.Duration.ofMinutes(1));
		Allocation newer = reserve(sku, 4, TODAY);
		this.events.clear();

		// 3 units are damaged: 10 -> 7 on hand, but 9 were promised.
		this.inventory.adjust(new AdjustStock(key(), sku, "L1", "WAW1-A-01", -3, "damaged"));

		assertThat(onHand(sku)).isEqualTo(7);
		assertThat(reserved(sku)).isEqualTo(7);
		assertThat(this.events.stream(BackorderCreated.class)).singleElement().satisfies(e -> {
			assertThat(e.reservationId()).isEqualTo(newer.reservationId());
			assertThat(e.quantity()).isEqualTo(2);
		});
		assertThat(older.reservationId()).isNotEqualTo(newer.reservationId());
		assertThat(this.inventory.reconciliation().consistent()).isTrue();
	}

	@Test
	void scrapAndReturnPostTheirEntries() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");

		this.commands.scrap(new ScrapStock(key(), sku, "L1", "WAW1-A-01", 2, "DAMAGED"));
		this.commands.returnStock(new ReturnStock(key(), sku, "L1", "WAW1-R-01", 1, "REFUSED"));

		assertThat(onHand(sku)).isEqualTo(9);
		assertThat(this.jdbc.sql("SELECT entry_type || ':' || quantity FROM inventory.ledger_entry WHERE sku = ? ORDER BY id")
			.param(sku)
			.query(String.class)
			.list()).containsExactly("RECEIPT:10", "SCRAP:-2", "RETURN:1");
	}

	@Test
	void theLedgerIsAppendOnly() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");

		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE inventory.ledger_entry SET quantity = 11 WHERE sku = ?").param(sku).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM inventory.ledger_entry WHERE sku = ?").param(sku).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void reconciliationFindsStockThatDisagreesWithTheLedger() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");
		assertThat(this.inventory.reconciliation().consistent()).isTrue();

		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("UPDATE inventory.stock SET on_hand = on_hand + 1 WHERE sku = ?").param(sku).update();
			StockReconciliation books = this.inventory.reconciliation();
			assertThat(books.consistent()).isFalse();
			assertThat(books.ledgerMismatches()).singleElement().satisfies(m -> {
				assertThat(m.sku()).isEqualTo(sku);
				assertThat(m.stockTable()).isEqualTo(11);
				assertThat(m.expected()).isEqualTo(10);
			});
			tx.setRollbackOnly();
		});
		assertThat(this.inventory.reconciliation().consistent()).isTrue();
	}

	@Test
	void aReservationForAnUnknownSkuOrOfNothingIsRefused() {
		assertThatThrownBy(() -> reserve("NO-SUCH-" + UUID.randomUUID(), 1, TODAY)).isInstanceOf(UnknownProduct.class);
		String sku = product(RotationPolicy.FEFO, 0);
		assertThatThrownBy(() -> reserve(sku, 0, TODAY)).isInstanceOf(InvalidRequest.class);
		assertThat(this.jdbc.sql("SELECT count(*) FROM inventory.reservation WHERE sku = ?").param(sku).query(Long.class).single())
			.isZero();
		ReceiveStock nothing = new ReceiveStock(key(), sku, "L1", null, 0, "WAW1-A-01");
		assertThatThrownBy(() -> this.inventory.receive(nothing)).isInstanceOf(InvalidRequest.class);
	}

}
