package io.zaplecze.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.platform.DemoDay;
import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory module with its only dependency (the platform kernel: schema migrations, clock), through
 * its facade, on a fresh real database, with the pessimistic reservation locking (the other tests run
 * the default, optimistic one).
 */
@ApplicationModuleTest(extraIncludes = "platform")
@RealServices
@TestPropertySource(properties = "zaplecze.inventory.reservation-locking=PESSIMISTIC")
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

	@Test
	void pessimisticLockingNeverOversellsEither() throws Exception {
		this.demoDay.seed(LocalDate.now());
		List<String> skus = List.of("FRZ-PEAS-450", "FRZ-PIZZA-MARG-350");
		for (String sku : skus) {
			for (int lot = 0; lot < 3; lot++) {
				this.inventory.receive(new ReceiveStock(UUID.randomUUID().toString(), sku, "P-" + lot,
						LocalDate.now().plusDays(200 + lot), 40, "WAW1-F-0" + lot));
			}
		}
		AtomicInteger promised = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(16);
		List<Future<?>> runs = new ArrayList<>();
		for (int c = 0; c < 16; c++) {
			int client = c;
			runs.add(clients.submit(() -> {
				for (int i = 0; i < 15; i++) {
					promised.addAndGet(this.inventory
						.reserve(new ReserveStock(UUID.randomUUID().toString(), UUID.randomUUID(), "1",
								skus.get((client + i) % 2), 1 + i % 3, LocalDate.now().plusDays(1)))
						.allocated());
				}
				return null;
			}));
		}
		for (Future<?> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		clients.shutdown();

		int reserved = skus.stream()
			.flatMap(sku -> this.inventory.stockOf(sku).stream())
			.filter(level -> level.lotNumber().startsWith("P-"))
			.mapToInt(StockLevel::reserved)
			.sum();
		// 16 clients x 15 reservations x 2 units on average = 480 asked for, 240 in stock.
		assertThat(promised.get()).isEqualTo(reserved).isEqualTo(240);
		assertThat(this.inventory.reconciliation().consistent()).isTrue();
	}

}
