package io.zaplecze.inventory.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockReconciliation;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 concurrent clients reserve (and now and then release) the same few hot SKUs on real PostgreSQL,
 * asking for far more than there is: nothing is promised twice, and the books still reconcile.
 */
class ReservationConcurrencyTests extends InventoryIntegrationTest {

	static final int CLIENTS = 32;

	static final int RESERVATIONS_PER_CLIENT = 40;

	static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

	static final io.micrometer.core.instrument.Counter STALE;

	static {
		Metrics.addRegistry(METERS);
		STALE = METERS.counter("zaplecze.inventory.reservation.stale");
	}

	@Autowired
	ReservationService reservations;

	@Test
	void concurrentClientsNeverOversellAndTheLedgerStillMatchesStock() throws Exception {
		List<String> skus = new ArrayList<>();
		long supply = 0;
		for (RotationPolicy policy : List.of(RotationPolicy.FEFO, RotationPolicy.FEFO, RotationPolicy.FIFO,
				RotationPolicy.LIFO, RotationPolicy.FEFO)) {
			String sku = product(policy, 2);
			for (int lot = 0; lot < 3; lot++) {
				for (int location = 0; location < 2; location++) {
					receive(sku, "L" + lot, TODAY.plusDays(10 + lot), 50, "WAW1-H-" + location);
					supply += 50;
				}
			}
			skus.add(sku);
		}
		AtomicLong promised = new AtomicLong();
		AtomicLong released = new AtomicLong();
		AtomicLong requested = new AtomicLong();
		AtomicLong backordered = new AtomicLong();
		ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(pool.submit(() -> {
				start.await();
				ThreadLocalRandom random = ThreadLocalRandom.current();
				for (int i = 0; i < RESERVATIONS_PER_CLIENT; i++) {
					try {
						int quantity = 1 + random.nextInt(5);
						Allocation allocation = this.inventory.reserve(new ReserveStock(key(), UUID.randomUUID(),
								"line-" + i, skus.get(random.nextInt(skus.size())), quantity, TODAY.plusDays(1)));
						requested.addAndGet(quantity);
						promised.addAndGet(allocation.allocated());
						backordered.addAndGet(allocation.backordered());
						if (i % 5 == 4) {
							ReservationView view = this.reservations.release(allocation.reservationId(), key());
							released.addAndGet(view.lines().stream().mapToInt(ReservationView.Line::released).sum());
						}
					}
					catch (RuntimeException ex) {
						failures.add(ex);
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> client : clients) {
			client.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(failures).isEmpty();
		System.out.printf("Concurrency test: %d units promised, %d released, %d backordered; %.0f optimistic "
				+ "reservation(s) redone under locks%n", promised.get(), released.get(), backordered.get(),
				STALE.count());
		assertThat(promised.get() + backordered.get()).isEqualTo(requested.get());
		Map<String, Object> totals = this.jdbc.sql("""
				SELECT COALESCE(SUM(on_hand), 0) AS on_hand, COALESCE(SUM(reserved), 0) AS reserved,
				       COALESCE(SUM(GREATEST(reserved - on_hand, 0)), 0) AS oversold
				FROM inventory.stock WHERE sku = ANY(?)""").param(skus.toArray(String[]::new)).query().singleRow();
		long onHand = ((Number) totals.get("on_hand")).longValue();
		long reservedNow = ((Number) totals.get("reserved")).longValue();
		assertThat(onHand).isEqualTo(supply);
		assertThat(((Number) totals.get("oversold")).longValue()).isZero();
		assertThat(reservedNow).isLessThanOrEqualTo(onHand);
		// Every unit promised and not released is exactly what the stock table holds as reserved.
		assertThat(reservedNow).isEqualTo(promised.get() - released.get());
		// Demand far exceeded supply, so nothing allocatable was left unpromised along the way.
		assertThat(backordered.get()).isPositive();
		StockReconciliation books = this.inventory.reconciliation();
		assertThat(books.ledgerMismatches()).isEmpty();
		assertThat(books.reservationMismatches()).isEmpty();
	}

}
