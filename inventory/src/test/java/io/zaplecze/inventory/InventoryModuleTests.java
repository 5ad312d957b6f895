package io.zaplecze.inventory;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.platform.DemoDay;
import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory module with its only dependency (the platform kernel: schema migrations, clock), through
 * its facade, on a fresh real database.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@RealServices
class InventoryModuleTests {

	@Autowired
	StockManagement inventory;

	@Autowired
	DemoDay demoDay;

	@Test
	void theDemoCatalogueIsSeededOnce() {
		this.demoDay.seed(LocalDate.now());
		int products = this.inventory.catalogue().size();
		this.demoDay.seed(LocalDate.now());

		assertThat(products).isBetween(55, 70);
		assertThat(this.inventory.catalogue()).hasSize(products);
		assertThat(this.inventory.catalogue()).extracting(ProductView::temperatureClass)
			.contains(TemperatureClass.AMBIENT, TemperatureClass.CHILLED, TemperatureClass.FROZEN);
		assertThat(this.demoDay.order()).isEqualTo(100);
	}

	@Test
	void aReservationPublishesStockReservedAndABackorder(Scenario scenario) {
		this.demoDay.seed(LocalDate.now());
		String sku = "CHL-BUTTER-200";
		LocalDate delivery = LocalDate.now().plusDays(1);
		this.inventory.receive(new ReceiveStock(UUID.randomUUID().toString(), sku, "B-" + UUID.randomUUID(),
				LocalDate.now().plusDays(60), 6, "WAW1-CH-01"));
		UUID order = UUID.randomUUID();

		scenario.stimulate(() -> this.inventory
			.reserve(new ReserveStock(UUID.randomUUID().toString(), order, "1", sku, 10, delivery)))
			.andWaitForEventOfType(BackorderCreated.class)
			.matching(e -> e.orderId().equals(order))
			.toArriveAndVerify((event, allocation) -> {
				assertThat(event.quantity()).isEqualTo(4);
				assertThat(allocation.allocated()).isEqualTo(6);
			});
		assertThat(this.inventory.reconciliation().consistent()).isTrue();
	}

}
