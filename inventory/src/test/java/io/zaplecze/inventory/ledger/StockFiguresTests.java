package io.zaplecze.inventory.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockFigures;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.inventory.price.PriceBook;
import io.zaplecze.inventory.stock.StockCommandService;
import io.zaplecze.inventory.stock.StockCommandService.ScrapStock;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StockFiguresTests extends InventoryIntegrationTest {

	@Autowired
	StockFigures figures;

	@Autowired
	PriceBook prices;

	@Autowired
	StockCommandService commands;

	@Test
	void valuesStockWriteOffsAndPicksAtThePriceValidAtTheTime() {
		String site = "F" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		String sku = product(RotationPolicy.FEFO, 0, TemperatureClass.CHILLED);
		String slow = product(RotationPolicy.FIFO, 0, TemperatureClass.AMBIENT);
		Instant start = this.clock.instant();
		this.prices.record(new PriceBook.NewPrice(sku, site, "PLN", new BigDecimal("2.00"), new BigDecimal("3.00"), null));
		receive(sku, "L1", TODAY.plusDays(2), 10, site + "-C-01-01-1");
		receive(slow, "S1", null, 4, site + "-A-02-01-3");
		this.commands.scrap(new ScrapStock(key(), sku, "L1", site + "-C-01-01-1", 3, "EXPIRED"));
		this.clock.advance(Duration.ofDays(1));
		// A later price does not revalue the write-off booked before it.
		this.prices.record(new PriceBook.NewPrice(sku, site, "PLN", new BigDecimal("5.00"), new BigDecimal("7.00"), null));
		Allocation a = reserve(sku, 2, TODAY.plusDays(1));
		this.inventory.consume(new ConsumeReservation(key(), a.reservationId(), "L1", site + "-C-01-01-1", 2));
		Instant end = this.clock.instant().plusSeconds(1);

		assertThat(this.figures.writeOffs(site, start, end)).singleElement().satisfies(m -> {
			assertThat(m.reason()).isEqualTo("EXPIRED");
			assertThat(m.units()).isEqualTo(3);
			assertThat(m.value()).isEqualByComparingTo("6.00");
		});
		assertThat(this.figures.picked(site, start, end)).satisfies(m -> {
			assertThat(m.units()).isEqualTo(2);
			assertThat(m.value()).isEqualByComparingTo("10.00");
		});
		assertThat(this.figures.stockValue(site, end)).extracting(StockFigures.StockValue::zone,
				StockFigures.StockValue::temperatureClass, StockFigures.StockValue::units, StockFigures.StockValue::unpricedUnits)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", TemperatureClass.AMBIENT, 4L, 4L),
					org.assertj.core.groups.Tuple.tuple("C", TemperatureClass.CHILLED, 5L, 0L));
		assertThat(this.figures.stockValue(site, end).get(1).value()).isEqualByComparingTo("25.00");
		assertThat(this.figures.slowMovers(site, start, 10)).extracting(StockFigures.SlowMover::sku).containsExactly(slow);
		assertThat(this.figures.expiring(site, TODAY.plusDays(7))).extracting(StockFigures.ExpiringLot::lotNumber)
			.containsExactly("L1");
	}

}
