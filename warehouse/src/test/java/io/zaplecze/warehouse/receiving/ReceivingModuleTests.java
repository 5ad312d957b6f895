package io.zaplecze.warehouse.receiving;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.warehouse.WarehouseModuleTestSupport;
import io.zaplecze.warehouse.WarehouseTestFixtures;
import io.zaplecze.warehouse.layout.BinCapacityExceeded;
import io.zaplecze.warehouse.layout.BinNotFound;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.WrongTemperatureClass;
import io.zaplecze.warehouse.putaway.PutawayAlreadyConfirmed;
import io.zaplecze.warehouse.putaway.PutawayService;
import io.zaplecze.warehouse.slotting.SlottingService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Receiving into the receiving area, discrepancies, and putaway rules on a real database. */
class ReceivingModuleTests extends WarehouseModuleTestSupport {

	@Autowired
	ReceivingService receiving;

	@Autowired
	PutawayService putaway;

	@Autowired
	SlottingService slotting;

	private Site site;

	@BeforeEach
	void setUp() {
		this.site = newSite();
	}

	private UUID announce() {
		return this.receiving.announce(this.site.code(), "PO-" + UUID.randomUUID(), "Supplier", LocalDate.of(2026, 11, 27),
				false, Map.of(WarehouseTestFixtures.RICE.sku(), 10, WarehouseTestFixtures.MILK.sku(), 5));
	}

	@Test
	void receiptsLandInTheReceivingAreaAndClosingReportsDiscrepancies() {
		UUID delivery = announce();
		UUID first = this.receiving.receive(delivery, "k-" + delivery, WarehouseTestFixtures.RICE.sku(), "LOT-1",
				LocalDate.of(2027, 5, 1), 8, 1);
		// A retry with the same key books nothing again.
		assertThat(this.receiving.receive(delivery, "k-" + delivery, WarehouseTestFixtures.RICE.sku(), "LOT-1",
				LocalDate.of(2027, 5, 1), 8, 1)).isEqualTo(first);
		this.receiving.receive(delivery, "m-" + delivery, WarehouseTestFixtures.MILK.sku(), "LOT-2", LocalDate.of(2026, 12, 10),
				6, 0);
		verify(this.stock).receive(argThat((ReceiveStock r) -> r.locationId().equals(this.site.receivingLocation())
				&& r.sku().equals(WarehouseTestFixtures.RICE.sku()) && r.quantity() == 8));
		verify(this.stock).receive(argThat((ReceiveStock r) -> r.locationId().equals(this.site.quarantineLocation())
				&& r.quantity() == 1));
		ReceivingService.DeliveryView closed = this.receiving.close(delivery);
		assertThat(closed.discrepancies()).extracting(ReceivingService.DiscrepancyView::sku,
				ReceivingService.DiscrepancyView::kind, ReceivingService.DiscrepancyView::quantity)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("RICE-1KG", "SHORT", 1),
					org.assertj.core.groups.Tuple.tuple("MILK-1L", "OVER", 1),
					org.assertj.core.groups.Tuple.tuple("RICE-1KG", "DAMAGED", 1));
	}

	@Test
	void receivingAgainstAClosedDeliveryIsRefusedAndBooksNothing() {
		UUID delivery = announce();
		this.receiving.close(delivery);
		assertThatThrownBy(() -> this.receiving.receive(delivery, "late-" + delivery, WarehouseTestFixtures.RICE.sku(), "LOT-9",
				null, 1, 0))
			.isInstanceOf(DeliveryClosed.class);
		assertThatThrownBy(() -> this.receiving.close(delivery)).isInstanceOf(DeliveryClosed.class);
		verify(this.stock, never()).receive(any());
		assertThat(this.receiving.delivery(delivery).receipts()).isEmpty();
	}

	@Test
	void putawayGoesToTheSlotAndBreakingABinRuleChangesNothing() {
		String slot = this.site.code() + "-A-02-05-1";
		this.slotting.assign(this.site.code(), WarehouseTestFixtures.RICE.sku(), slot);
		UUID delivery = this.receiving.announce(this.site.code(), "BLIND-" + UUID.randomUUID(), "Walk-in", null, true, Map.of());
		this.receiving.receive(delivery, "b-" + delivery, WarehouseTestFixtures.RICE.sku(), "LOT-3", null, 20, 0);
		PutawayService.TaskView task = this.putaway.open(this.site.id()).get(0);
		assertThat(task.suggestedBin()).isEqualTo(slot);

		assertThatThrownBy(() -> this.putaway.confirm(task.id(), this.site.code() + "-C-01-01-1"))
			.isInstanceOf(WrongTemperatureClass.class);
		assertThatThrownBy(() -> this.putaway.confirm(task.id(), this.site.code() + "-A-99-99-9")).isInstanceOf(BinNotFound.class);
		String full = this.site.code() + "-A-01-01-1";
		given(this.stock.stockAt(full)).willReturn(List.of(new StockLevel("RICE-1KG", "OLD", null, full, 400, 0)));
		// 400 + 20 units × 1200 cm³ = 504 l > 500 l
		assertThatThrownBy(() -> this.putaway.confirm(task.id(), full)).isInstanceOf(BinCapacityExceeded.class);
		verify(this.stock, never()).move(any());
		assertThat(this.putaway.task(task.id()).status()).isEqualTo("OPEN");

		assertThat(this.putaway.confirm(task.id(), null).confirmedBin()).isEqualTo(slot);
		verify(this.stock, times(1)).move(argThat((MoveStock m) -> m.fromLocationId().equals(this.site.receivingLocation())
				&& m.toLocationId().equals(slot) && m.quantity() == 20));
		assertThatThrownBy(() -> this.putaway.confirm(task.id(), null)).isInstanceOf(PutawayAlreadyConfirmed.class);
	}

}
