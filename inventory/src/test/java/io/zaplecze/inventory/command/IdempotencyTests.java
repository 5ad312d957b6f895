package io.zaplecze.inventory.command;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.InventoryFailure.IdempotencyConflict;
import io.zaplecze.inventory.InventoryFailure.UnknownProduct;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockCommands.ReserveStock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyTests extends InventoryIntegrationTest {

	@Test
	void aRetriedReceiptBooksOnce() {
		String sku = product(RotationPolicy.FEFO, 0);
		ReceiveStock receipt = new ReceiveStock(key(), sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");

		this.inventory.receive(receipt);
		this.inventory.receive(receipt);

		assertThat(onHand(sku)).isEqualTo(10);
		assertThat(ledgerEntries(sku)).isEqualTo(1);
	}

	@Test
	void aRetriedReservationReturnsTheSameAllocationAndPromisesNothingMore() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");
		ReserveStock command = new ReserveStock(key(), UUID.randomUUID(), "1", sku, 4, TODAY);

		Allocation first = this.inventory.reserve(command);
		Allocation retry = this.inventory.reserve(command);

		assertThat(retry).isEqualTo(first);
		assertThat(reserved(sku)).isEqualTo(4);
	}

	@Test
	void theSameKeyWithAnotherPayloadIsAConflictAndChangesNothing() {
		String sku = product(RotationPolicy.FEFO, 0);
		String key = key();
		this.inventory.receive(new ReceiveStock(key, sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01"));

		assertThatThrownBy(
				() -> this.inventory.receive(new ReceiveStock(key, sku, "L1", TODAY.plusDays(30), 99, "WAW1-A-01")))
			.isInstanceOf(IdempotencyConflict.class);
		assertThatThrownBy(() -> this.inventory.reserve(new ReserveStock(key, UUID.randomUUID(), "1", sku, 1, TODAY)))
			.isInstanceOf(IdempotencyConflict.class);
		assertThat(onHand(sku)).isEqualTo(10);
		assertThat(reserved(sku)).isZero();
	}

	@Test
	void aFailedCommandLeavesItsKeyFree() {
		String sku = product(RotationPolicy.FEFO, 0);
		String key = key();
		assertThatThrownBy(
				() -> this.inventory.receive(new ReceiveStock(key, "NO-SUCH-SKU", "L1", null, 10, "WAW1-A-01")))
			.isInstanceOf(UnknownProduct.class);

		this.inventory.receive(new ReceiveStock(key, sku, "L1", null, 10, "WAW1-A-01"));

		assertThat(onHand(sku)).isEqualTo(10);
	}

	@Test
	void retriedMovesAndPicksApplyOnce() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 10, "WAW1-A-01");
		MoveStock move = new MoveStock(key(), sku, "L1", "WAW1-A-01", "WAW1-B-01", 6);
		this.inventory.move(move);
		this.inventory.move(move);
		assertThat(this.inventory.stockOf(sku)).filteredOn(level -> level.locationId().equals("WAW1-B-01"))
			.singleElement()
			.satisfies(level -> assertThat(level.onHand()).isEqualTo(6));

		Allocation allocation = reserve(sku, 3, TODAY);
		var pick = new ConsumeReservation(key(), allocation.reservationId(), allocation.lots().getFirst().lotNumber(),
				allocation.lots().getFirst().locationId(), 2);
		this.inventory.consume(pick);
		this.inventory.consume(pick);

		assertThat(onHand(sku)).isEqualTo(8);
		assertThat(reserved(sku)).isEqualTo(1);
	}

}
