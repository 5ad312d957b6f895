package io.zaplecze.inventory.reservation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.Allocation.AllocatedLot;
import io.zaplecze.inventory.BackorderCreated;
import io.zaplecze.inventory.InventoryFailure.NotAllocated;
import io.zaplecze.inventory.InventoryFailure.ReservationClosed;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockReserved;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RotationPolicyTests extends InventoryIntegrationTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	ReservationService reservations;

	@Test
	void fefoTakesTheEarliestExpiryFirst() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "LATE", TODAY.plusDays(30), 10, "WAW1-A-01");
		receive(sku, "EARLY", TODAY.plusDays(5), 4, "WAW1-A-02");
		receive(sku, "MIDDLE", TODAY.plusDays(10), 10, "WAW1-A-03");

		Allocation allocation = reserve(sku, 8, TODAY);

		assertThat(allocation.lots()).extracting(AllocatedLot::lotNumber, AllocatedLot::quantity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EARLY", 4),
					org.assertj.core.groups.Tuple.tuple("MIDDLE", 4));
		assertThat(allocation.allocated()).isEqualTo(8);
		assertThat(allocation.backordered()).isZero();
		assertThat(reserved(sku)).isEqualTo(8);
	}

	@Test
	void fefoNeverAllocatesALotBelowTheMinimumShelfLifeOnTheDeliveryDate() {
		String sku = product(RotationPolicy.FEFO, 5);
		LocalDate delivery = TODAY.plusDays(2);
		// Expires delivery + 4 days: one day short of the 5 days the customer must still have.
		receive(sku, "SHORT", delivery.plusDays(4), 10, "WAW1-C-01");
		// Exactly 5 days left on delivery: acceptable.
		receive(sku, "EXACT", delivery.plusDays(5), 3, "WAW1-C-02");

		Allocation allocation = reserve(sku, 5, delivery);

		assertThat(allocation.lots()).extracting(AllocatedLot::lotNumber).containsExactly("EXACT");
		assertThat(allocation.allocated()).isEqualTo(3);
		assertThat(allocation.backordered()).isEqualTo(2);
	}

	@Test
	void fifoTakesTheEarliestReceiptFirstWhateverTheExpiry() {
		String sku = product(RotationPolicy.FIFO, 0);
		receive(sku, "FIRST", TODAY.plusDays(90), 5, "WAW1-A-09");
		this.clock.advance(Duration.ofHours(1));
		receive(sku, "SECOND", TODAY.plusDays(20), 5, "WAW1-A-01");
		this.clock.advance(Duration.ofHours(1));
		receive(sku, "THIRD", null, 5, "WAW1-A-05");

		Allocation allocation = reserve(sku, 7, TODAY);

		assertThat(allocation.lots()).extracting(AllocatedLot::lotNumber).containsExactly("FIRST", "SECOND");
		assertThat(allocation.lots()).extracting(AllocatedLot::quantity).containsExactly(5, 2);
	}

	@Test
	void lifoTakesTheLatestReceiptFirst() {
		String sku = product(RotationPolicy.LIFO, 0);
		receive(sku, "OLD", null, 5, "WAW1-B-01");
		this.clock.advance(Duration.ofHours(1));
		receive(sku, "NEW", null, 5, "WAW1-B-02");

		Allocation allocation = reserve(sku, 6, TODAY);

		assertThat(allocation.lots()).extracting(AllocatedLot::lotNumber).containsExactly("NEW", "OLD");
		assertThat(allocation.lots()).extracting(AllocatedLot::quantity).containsExactly(5, 1);
	}

	@Test
	void expiredLotsAreNeverAllocatedWhateverThePolicy() {
		String sku = product(RotationPolicy.FIFO, 0);
		receive(sku, "GOING-OFF", TODAY.plusDays(1), 10, "WAW1-A-01");
		this.clock.advance(Duration.ofDays(2));

		Allocation allocation = reserve(sku, 3, TODAY);

		assertThat(allocation.allocated()).isZero();
		assertThat(allocation.backordered()).isEqualTo(3);
		assertThat(reserved(sku)).isZero();
	}

	@Test
	void lotsOnQualityHoldAreNeverAllocated() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "HELD", TODAY.plusDays(10), 10, "WAW1-A-01");
		receive(sku, "FINE", TODAY.plusDays(20), 10, "WAW1-A-02");
		this.jdbc.sql("UPDATE inventory.lot SET blocked = true, block_reason = 'lab' WHERE sku = ? AND lot_number = 'HELD'")
			.param(sku)
			.update();

		assertThat(reserve(sku, 4, TODAY).lots()).extracting(AllocatedLot::lotNumber).containsExactly("FINE");
	}

	@Test
	void shortStockIsAllocatedPartlyAndTheRestBackordered() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(10), 3, "WAW1-A-01");
		receive(sku, "L1", TODAY.plusDays(10), 2, "WAW1-A-02");
		this.events.clear();

		Allocation allocation = reserve(sku, 9, TODAY);

		assertThat(allocation.allocated()).isEqualTo(5);
		assertThat(allocation.backordered()).isEqualTo(4);
		assertThat(allocation.lots()).extracting(AllocatedLot::locationId).containsExactly("WAW1-A-01", "WAW1-A-02");
		assertThat(this.events.stream(StockReserved.class)).singleElement()
			.satisfies(e -> assertThat(e.allocated()).isEqualTo(5));
		assertThat(this.events.stream(BackorderCreated.class)).singleElement()
			.satisfies(e -> assertThat(e.quantity()).isEqualTo(4));
		// Nothing left for the next order.
		assertThat(reserve(sku, 1, TODAY).backordered()).isEqualTo(1);
		assertThat(this.reservations.require(allocation.reservationId()).backordered()).isEqualTo(4);
	}

	@Test
	void releaseGivesThePromisedStockBackToOthers() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(10), 5, "WAW1-A-01");
		Allocation first = reserve(sku, 5, TODAY);
		assertThat(reserve(sku, 5, TODAY).allocated()).isZero();

		this.inventory.release(first.reservationId(), key());

		assertThat(reserved(sku)).isZero();
		assertThat(this.reservations.require(first.reservationId()).status()).isEqualTo("RELEASED");
		assertThat(reserve(sku, 5, TODAY).allocated()).isEqualTo(5);
		// Releasing again (another key) changes nothing.
		this.inventory.release(first.reservationId(), key());
		assertThat(reserved(sku)).isEqualTo(5);
	}

	@Test
	void consumePicksReservedStockAndFulfilsTheReservation() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(10), 10, "WAW1-A-01");
		Allocation allocation = reserve(sku, 6, TODAY);
		UUID id = allocation.reservationId();

		this.inventory.consume(new ConsumeReservation(key(), id, "L1", "WAW1-A-01", 4));
		assertThat(onHand(sku)).isEqualTo(6);
		assertThat(reserved(sku)).isEqualTo(2);
		assertThat(this.reservations.require(id).status()).isEqualTo("ACTIVE");

		this.inventory.consume(new ConsumeReservation(key(), id, "L1", "WAW1-A-01", 2));
		ReservationView done = this.reservations.require(id);
		assertThat(done.status()).isEqualTo("FULFILLED");
		assertThat(done.picked()).isEqualTo(6);
		assertThat(onHand(sku)).isEqualTo(4);
		assertThat(reserved(sku)).isZero();
		assertThat(this.jdbc.sql("SELECT sum(quantity) FROM inventory.ledger_entry WHERE sku = ? AND entry_type = 'PICK'")
			.param(sku)
			.query(Integer.class)
			.single()).isEqualTo(-6);
		assertThatThrownBy(() -> this.inventory.consume(new ConsumeReservation(key(), id, "L1", "WAW1-A-01", 1)))
			.isInstanceOf(ReservationClosed.class);
	}

	@Test
	void consumeRefusesStockTheReservationDoesNotHold() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(10), 10, "WAW1-A-01");
		receive(sku, "L2", TODAY.plusDays(20), 10, "WAW1-A-02");
		UUID id = reserve(sku, 3, TODAY).reservationId();

		assertThatThrownBy(() -> this.inventory.consume(new ConsumeReservation(key(), id, "L2", "WAW1-A-02", 1)))
			.isInstanceOf(NotAllocated.class);
		assertThatThrownBy(() -> this.inventory.consume(new ConsumeReservation(key(), id, "L1", "WAW1-A-01", 4)))
			.isInstanceOf(NotAllocated.class);
		assertThat(onHand(sku)).isEqualTo(20);
		assertThat(reserved(sku)).isEqualTo(3);
	}

}
