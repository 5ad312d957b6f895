package io.zaplecze.inventory.count;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.ExceptionHandling;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockReceived;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionHandlingTests extends InventoryIntegrationTest {

	@Autowired
	ExceptionHandling handling;

	@Autowired
	ApplicationEvents events;

	@Test
	void goodsReturnedIntoQuarantineAreOnHandButNeverAllocated() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(30), 4, "WAW1-A-01");
		String quarantine = ExceptionHandling.quarantineOf("WAW1");
		String key = key();
		this.handling.returnGoods(key, sku, "L1", quarantine, 3, "DAMAGED");
		this.handling.returnGoods(key, sku, "L1", quarantine, 3, "DAMAGED");

		assertThat(onHand(sku)).isEqualTo(7);
		Allocation allocation = reserve(sku, 6, TODAY);
		assertThat(allocation.allocated()).isEqualTo(4);
		assertThat(allocation.backordered()).isEqualTo(2);
		assertThat(allocation.lots()).extracting(Allocation.AllocatedLot::locationId).containsOnly("WAW1-A-01");
		assertThat(this.jdbc.sql("SELECT count(*) FROM inventory.ledger_entry WHERE sku = ? AND entry_type = 'RETURN'")
			.param(sku)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCountIsRequestedOncePerLocationWhileItIsOpen() {
		String location = "WAW1-X-" + key().substring(0, 8);
		assertThat(this.handling.requestCount(location)).isTrue();
		assertThat(this.handling.requestCount(location)).isFalse();
		assertThat(this.jdbc.sql("SELECT count(*) FROM inventory.count_task WHERE location_id = ? AND status = 'OPEN'")
			.param(location)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReceiptPublishesStockReceivedOnce() {
		String sku = product(RotationPolicy.FIFO, 0);
		this.events.clear();
		String key = key();
		this.inventory.receive(new io.zaplecze.inventory.StockCommands.ReceiveStock(key, sku, "L9", null, 5, "WAW1-RECV"));
		this.inventory.receive(new io.zaplecze.inventory.StockCommands.ReceiveStock(key, sku, "L9", null, 5, "WAW1-RECV"));
		assertThat(this.events.stream(StockReceived.class).filter(e -> e.sku().equals(sku)))
			.singleElement()
			.satisfies(e -> assertThat(e.quantity()).isEqualTo(5));
	}

}
