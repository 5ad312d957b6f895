package io.zaplecze.warehouse.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockReceived;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.warehouse.OrderManagement;
import io.zaplecze.warehouse.OrderManagement.Redelivery;
import io.zaplecze.warehouse.WarehouseModuleTestSupport;
import io.zaplecze.warehouse.WarehouseTestFixtures;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Damaged deliveries and backorder refills on the real database, inventory mocked. */
class OrderExceptionsTests extends WarehouseModuleTestSupport {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Autowired
	OrderService orders;

	@Autowired
	OrderManagement management;

	@Autowired
	OutboundOrderRepository repository;

	Site site;

	LocalDate day = LocalDate.now().plusDays(20);

	@BeforeEach
	void setUp() {
		this.site = newSite();
	}

	private OutboundOrder order(Map<String, Integer> lines) {
		Instant from = ZonedDateTime.of(this.day.atTime(9, 0), WARSAW).toInstant();
		Instant to = ZonedDateTime.of(this.day.atTime(13, 0), WARSAW).toInstant();
		return this.orders.create(new OrderService.NewOrder(this.site.code(), null, "Bistro", "ul. Prosta 1",
				new GeoPoint(52.2, 21.0), this.day, List.of(new TimeWindow(from, to)), 5, lines), null);
	}

	@Test
	void damagedGoodsGoToQuarantineAndTheSameLinesAreRedeliveredTomorrowOnce() {
		OutboundOrder order = order(Map.of(WarehouseTestFixtures.RICE.sku(), 3, WarehouseTestFixtures.MILK.sku(), 2));

		Redelivery first = this.management.returnDamaged(order.id(), List.of(), "photo-1");
		Redelivery again = this.management.returnDamaged(order.id(), List.of(), "photo-1");

		String quarantine = this.site.code() + "-QUARANTINE";
		assertThat(first.quarantineLocation()).isEqualTo(quarantine);
		assertThat(first.returnedUnits()).isEqualTo(5);
		verify(this.exceptions, times(2)).returnGoods(anyString(), eq(WarehouseTestFixtures.RICE.sku()),
				eq("LOT-" + WarehouseTestFixtures.RICE.sku()), eq(quarantine), eq(3), contains("DAMAGED"));
		assertThat(again.redeliveryShipmentId()).isEqualTo(first.redeliveryShipmentId());
		OutboundOrder redelivery = this.orders.order(first.redeliveryShipmentId());
		assertThat(redelivery.orderNumber()).isEqualTo(order.orderNumber() + "-R1");
		assertThat(redelivery.requestedDate()).isEqualTo(this.day.plusDays(1));
		assertThat(redelivery.windows().getFirst().start()).isEqualTo(order.windows().getFirst().start().plusSeconds(86_400));
		assertThat(redelivery.status()).isEqualTo(OrderStatus.ALLOCATED);
		assertThat(redelivery.lines()).extracting(OrderLine::sku, OrderLine::quantity)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(WarehouseTestFixtures.RICE.sku(), 3),
					org.assertj.core.groups.Tuple.tuple(WarehouseTestFixtures.MILK.sku(), 2));

		// Only the reported lines when a damage report names them.
		OutboundOrder other = order(Map.of(WarehouseTestFixtures.PASTA.sku(), 6));
		assertThat(this.management.returnDamaged(other.id(), List.of(new OrderManagement.DamagedLine(
				WarehouseTestFixtures.PASTA.sku(), 2)), null).returnedUnits()).isEqualTo(2);
	}

	@Test
	void receivedStockFillsABackorderedOrderWhichIsThenSentToRouting(Scenario scenario) {
		AtomicBoolean arrived = new AtomicBoolean();
		given(this.stock.reserve(any(ReserveStock.class))).willAnswer(inv -> {
			ReserveStock r = inv.getArgument(0);
			int allocated = arrived.get() ? r.quantity() : 0;
			List<Allocation.AllocatedLot> lots = (allocated == 0) ? List.of()
					: List.of(new Allocation.AllocatedLot("LOT-NEW", LocalDate.of(2030, 1, 1),
							this.fixtures.stockBin.get(r.sku()), allocated));
			return new Allocation(UUID.randomUUID(), r.sku(), r.quantity(), allocated, r.quantity() - allocated, lots);
		});
		OutboundOrder order = order(Map.of(WarehouseTestFixtures.RICE.sku(), 4));
		assertThat(order.status()).isEqualTo(OrderStatus.BACKORDERED);
		arrived.set(true);

		scenario.publish(new StockReceived(WarehouseTestFixtures.RICE.sku(), "LOT-NEW", this.site.code() + "-RECV", 10,
				Instant.now()))
			.andWaitForEventOfType(io.zaplecze.routing.DeliveryRequested.class)
			.matching(e -> e.shipmentId().equals(order.id()))
			.toArriveAndVerify(e -> assertThat(e.weightGrams()).isEqualTo(4 * WarehouseTestFixtures.RICE.weightGrams()));
		// The event is published inside the listener's transaction: wait for its commit.
		scenario.stimulate(() -> (Object) order.id())
			.andWaitForStateChange(() -> this.orders.order(order.id()).status(), s -> s == OrderStatus.ALLOCATED);
		OutboundOrder refilled = this.orders.order(order.id());
		assertThat(refilled.lines().getFirst().backordered()).isZero();
		assertThat(refilled.lines().getFirst().allocated()).isEqualTo(4);
	}

}
