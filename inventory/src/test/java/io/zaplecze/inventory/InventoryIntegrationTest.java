package io.zaplecze.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;

import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Base of the integration tests: the whole inventory module on a fresh PostgreSQL database, one
 * Spring context shared by every subclass (same configuration), a clock the tests set. Each test
 * makes its own products (unique SKUs), so tests never see each other's stock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealServices
@RecordApplicationEvents
@Import(InventoryIntegrationTest.Clocks.class)
public abstract class InventoryIntegrationTest {

	/** Monday 2 March 2026, 10:00 UTC (11:00 in Warsaw): "today" is 2026-03-02. */
	protected static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	protected static final LocalDate TODAY = LocalDate.parse("2026-03-02");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	protected StockManagement inventory;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcClient jdbc;

	@BeforeEach
	void resetClock() {
		this.clock.set(NOW);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MutableClock clock() {
			return new MutableClock(NOW);
		}

	}

	/** A fresh product with a unique SKU. */
	protected String product(RotationPolicy policy, int minShelfLifeDays) {
		return product(policy, minShelfLifeDays, TemperatureClass.CHILLED);
	}

	protected String product(RotationPolicy policy, int minShelfLifeDays, TemperatureClass temperatureClass) {
		String sku = "T-" + policy + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
		this.jdbc.sql("""
				INSERT INTO inventory.product (sku, name, unit, weight_grams, volume_cm3, temperature_class, rotation_policy,
				                     min_shelf_life_days, created_at, updated_at)
				VALUES (?, ?, 'pcs', 1000, 1500, ?, ?, ?, now(), now())""")
			.params(sku, "Test " + sku, temperatureClass.name(), policy.name(), minShelfLifeDays)
			.update();
		return sku;
	}

	protected static String key() {
		return UUID.randomUUID().toString();
	}

	protected void receive(String sku, String lot, LocalDate expiry, int quantity, String location) {
		this.inventory.receive(new ReceiveStock(key(), sku, lot, expiry, quantity, location));
	}

	protected Allocation reserve(String sku, int quantity, LocalDate deliveryDate) {
		return this.inventory.reserve(new ReserveStock(key(), UUID.randomUUID(), "line-1", sku, quantity, deliveryDate));
	}

	protected int onHand(String sku) {
		return this.inventory.stockOf(sku).stream().mapToInt(StockLevel::onHand).sum();
	}

	protected int reserved(String sku) {
		return this.inventory.stockOf(sku).stream().mapToInt(StockLevel::reserved).sum();
	}

	protected long ledgerEntries(String sku) {
		return this.jdbc.sql("SELECT count(*) FROM inventory.ledger_entry WHERE sku = ?").param(sku).query(Long.class).single();
	}

}
