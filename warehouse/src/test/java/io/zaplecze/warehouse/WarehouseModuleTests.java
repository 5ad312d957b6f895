package io.zaplecze.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.StockCommands.AdjustStock;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.DeliveryReadyAt;
import io.zaplecze.routing.DeliveryRequested;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.warehouse.ShipmentStatusChanged.Milestone;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.loading.LoadingPlanner;
import io.zaplecze.warehouse.loading.LoadingService;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OrderStatus;
import io.zaplecze.warehouse.order.OutboundOrder;
import io.zaplecze.warehouse.picking.PickAlreadyConfirmed;
import io.zaplecze.warehouse.picking.PickingService;
import io.zaplecze.warehouse.picking.WaveService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The warehouse alone on a real database, inventory and routing mocked: orders tell tracking and
 * routing, a published plan becomes waves in walking order, picks consume reservations, packed
 * orders are loaded last stop first.
 */
class WarehouseModuleTests extends WarehouseModuleTestSupport {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Autowired
	OrderService orders;

	@Autowired
	WaveService waves;

	@Autowired
	PickingService picking;

	@Autowired
	LoadingService loading;

	private final LocalDate day = LocalDate.of(2026, 11, 27);

	private Site site;

	@BeforeEach
	void setUp() {
		this.site = newSite();
	}

	private OutboundOrder order(String customer, Map<String, Integer> lines) {
		Instant from = ZonedDateTime.of(this.day.atTime(9, 0), WARSAW).toInstant();
		Instant to = ZonedDateTime.of(this.day.atTime(13, 0), WARSAW).toInstant();
		return this.orders.create(new OrderService.NewOrder(this.site.code(), null, customer, "ul. Prosta 1, Warszawa",
				new GeoPoint(52.2, 21.0), this.day, List.of(new TimeWindow(from, to)), null, lines), null);
	}

	@Test
	void creatingAnOrderReservesStockAndTellsTrackingAndRouting(AssertablePublishedEvents events) {
		OutboundOrder order = order("Bistro", Map.of(WarehouseTestFixtures.RICE.sku(), 3, WarehouseTestFixtures.MILK.sku(), 2));
		assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
		assertThat(events.ofType(ShipmentStatusChanged.class).matching((e) -> e.shipmentId().equals(order.id())))
			.extracting(ShipmentStatusChanged::milestone)
			.containsExactly(Milestone.CREATED, Milestone.ALLOCATED);
		assertThat(events.ofType(DeliveryRequested.class).matching((e) -> e.shipmentId().equals(order.id())))
			.singleElement()
			.satisfies((d) -> {
				// 3 × 1000 g + 2 × 1050 g
				assertThat(d.weightGrams()).isEqualTo(5_100);
				assertThat(d.needsRefrigeration()).isTrue();
				assertThat(d.depotId()).isEqualTo(this.site.id());
				assertThat(d.serviceSeconds()).isGreaterThanOrEqualTo(180);
			});
		assertThat(events.ofType(DeliveryReadyAt.class).matching((e) -> e.shipmentId().equals(order.id())))
			.singleElement()
			.satisfies((r) -> assertThat(r.readyAt()).isAfterOrEqualTo(this.site.opening(this.day)));
	}

	@Test
	void anOrderIsIdempotentByKeyAndCancellingReleasesItsStock(AssertablePublishedEvents events) {
		Instant from = ZonedDateTime.of(this.day.atTime(9, 0), WARSAW).toInstant();
		OrderService.NewOrder request = new OrderService.NewOrder(this.site.code(), null, "Retry", "ul. Prosta 2",
				new GeoPoint(52.2, 21.0), this.day, List.of(new TimeWindow(from, from.plusSeconds(7_200))), 7,
				Map.of(WarehouseTestFixtures.PASTA.sku(), 2));
		OutboundOrder first = this.orders.create(request, "retry-" + this.site.code());
		assertThat(this.orders.create(request, "retry-" + this.site.code()).id()).isEqualTo(first.id());
		OrderService.NewOrder other = new OrderService.NewOrder(this.site.code(), null, "Retry", "ul. Prosta 2",
				new GeoPoint(52.2, 21.0), this.day, List.of(new TimeWindow(from, from.plusSeconds(7_200))), 7,
				Map.of(WarehouseTestFixtures.PASTA.sku(), 3));
		assertThatThrownBy(() -> this.orders.create(other, "retry-" + this.site.code()))
			.isInstanceOf(io.zaplecze.warehouse.receiving.IdempotencyKeyReused.class);
		verify(this.stock, times(1)).reserve(any(ReserveStock.class));

		this.orders.cancel(first.id(), "Customer changed their mind");
		verify(this.stock).release(any(UUID.class), any());
		assertThat(events.ofType(io.zaplecze.routing.DeliveryCancelled.class)).singleElement()
			.satisfies((c) -> assertThat(c.shipmentId()).isEqualTo(first.id()));
		assertThat(events.ofType(ShipmentStatusChanged.class).matching((e) -> e.milestone() == Milestone.CANCELLED)).hasSize(1);
	}

	@Test
	void anOrderWithNothingInStockIsBackorderedAndNotSentToRouting(AssertablePublishedEvents events) {
		given(this.stock.reserve(any(ReserveStock.class))).willAnswer((inv) -> {
			ReserveStock r = inv.getArgument(0);
			return new Allocation(UUID.randomUUID(), r.sku(), r.quantity(), 0, r.quantity(), List.of());
		});
		OutboundOrder order = order("Empty shelves", Map.of(WarehouseTestFixtures.RICE.sku(), 3));
		assertThat(order.status()).isEqualTo(OrderStatus.BACKORDERED);
		assertThat(order.lines()).singleElement().satisfies((l) -> assertThat(l.backordered()).isEqualTo(3));
		assertThat(events.ofType(DeliveryRequested.class)).isEmpty();
	}

	@Test
	void aPublishedPlanBecomesOneWavePerRouteAndZoneInWalkingOrder(Scenario scenario) {
		OutboundOrder first = order("First", Map.of(WarehouseTestFixtures.RICE.sku(), 2, WarehouseTestFixtures.PASTA.sku(), 1,
				WarehouseTestFixtures.MILK.sku(), 1));
		OutboundOrder second = order("Second", Map.of(WarehouseTestFixtures.PASTA.sku(), 4));
		RoutePlanPublished plan = plan(1, first, second);
		scenario.publish(plan)
			.andWaitForStateChange(() -> this.waves.waves(this.site.code(), this.day), (w) -> !w.isEmpty())
			.andVerify((w) -> {
				assertThat(w).extracting(WaveService.WaveView::zone).containsExactlyInAnyOrder("A", "C");
				WaveService.WaveView ambient = w.stream().filter((v) -> v.zone().equals("A")).findFirst().orElseThrow();
				// Pasta (aisle 1, both orders) before rice (aisle 2): walking order, not order order.
				assertThat(ambient.tasks()).extracting(WaveService.TaskView::sku)
					.containsExactly("PASTA-500", "PASTA-500", "RICE-1KG");
				assertThat(ambient.tasks()).extracting(WaveService.TaskView::sequence).containsExactly(1, 2, 3);
				assertThat(ambient.distanceMeters()).isPositive();
				assertThat(ambient.scheduledEnd()).isAfter(ambient.scheduledStart());
			});
		assertThat(this.orders.order(first.id()).readyAt()).isNotNull();
		assertThat(this.orders.order(first.id()).vehicleId()).isEqualTo("VAN-1");
	}

	@Test
	void aRepublishedPlanReplacesWavesNotStartedAndAStaleVersionChangesNothing(Scenario scenario) {
		OutboundOrder first = order("First", Map.of(WarehouseTestFixtures.RICE.sku(), 1));
		OutboundOrder second = order("Second", Map.of(WarehouseTestFixtures.PASTA.sku(), 1));
		scenario.publish(plan(1, first, second))
			.andWaitForStateChange(() -> this.waves.waves(this.site.code(), this.day), (w) -> w.size() == 1)
			.andVerify((w) -> assertThat(w.get(0).planVersion()).isEqualTo(1));
		// Version 2 drops the second order.
		scenario.publish(plan(2, first))
			.andWaitForStateChange(() -> this.waves.waves(this.site.code(), this.day),
					(w) -> w.size() == 1 && w.get(0).planVersion() == 2)
			.andVerify((w) -> assertThat(w.get(0).tasks()).extracting(WaveService.TaskView::orderId).containsExactly(first.id()));
		scenario.publish(plan(1, first, second))
			.andWaitForStateChange(() -> this.waves.waves(this.site.code(), this.day))
			.andVerify((w) -> assertThat(w).singleElement().satisfies((v) -> assertThat(v.planVersion()).isEqualTo(2)));
	}

	@Test
	void picksConsumeReservationsAndPackedOrdersAreLoadedLastStopFirst(Scenario scenario, AssertablePublishedEvents events) {
		OutboundOrder first = order("First", Map.of(WarehouseTestFixtures.RICE.sku(), 2, WarehouseTestFixtures.MILK.sku(), 1));
		OutboundOrder second = order("Second", Map.of(WarehouseTestFixtures.PASTA.sku(), 4));
		RoutePlanPublished plan = plan(1, first, second);
		scenario.publish(plan).andWaitForStateChange(() -> this.waves.waves(this.site.code(), this.day), (w) -> w.size() == 2);
		List<WaveService.TaskView> tasks = this.waves.waves(this.site.code(), this.day)
			.stream()
			.flatMap((w) -> w.tasks().stream())
			.toList();
		for (WaveService.TaskView task : tasks) {
			this.picking.confirm(task.id(), task.quantity(), "key-" + task.id());
		}
		verify(this.stock, times(tasks.size())).consume(any(ConsumeReservation.class));
		WaveService.TaskView any = tasks.get(0);
		// A retry with the same key returns the first outcome; a second confirmation is refused.
		assertThat(this.picking.confirm(any.id(), any.quantity(), "key-" + any.id()).status()).isEqualTo("PICKED");
		assertThatThrownBy(() -> this.picking.confirm(any.id(), any.quantity(), null)).isInstanceOf(PickAlreadyConfirmed.class);
		assertThat(events.ofType(ShipmentStatusChanged.class).matching((e) -> e.milestone() == Milestone.PICKED)).hasSize(2);

		UUID routeId = plan.routes().get(0).routeId();
		LoadingService.LoadingList list = this.loading.loadingList(routeId);
		assertThat(list.waiting()).isEmpty();
		assertThat(list.dockDoor()).isEqualTo("D2");
		// The second order is the second stop: its goods go in first; milk rides refrigerated.
		assertThat(list.steps().get(0).item().shipmentId()).isEqualTo(second.id());
		assertThat(list.steps()).filteredOn((s) -> s.item().temperatureClass().needsRefrigeration())
			.extracting(LoadingPlanner.Step::compartment)
			.containsOnly(LoadingPlanner.Compartment.REFRIGERATED);
		this.loading.confirmLoaded(routeId);
		assertThat(events.ofType(ShipmentStatusChanged.class).matching((e) -> e.milestone() == Milestone.LOADED))
			.extracting(ShipmentStatusChanged::vehicleId)
			.containsOnly("VAN-1")
			.hasSize(2);
	}

	@Test
	void aShortPickIsReallocatedElsewhereAndWhatIsMissingIsReported(Scenario scenario, AssertablePublishedEvents events) {
		OutboundOrder order = order("Short", Map.of(WarehouseTestFixtures.RICE.sku(), 5));
		scenario.publish(plan(1, order)).andWaitForStateChange(() -> this.waves.waves(this.site.code(), this.day), (w) -> w.size() == 1);
		WaveService.TaskView task = this.waves.waves(this.site.code(), this.day).get(0).tasks().get(0);
		String otherBin = this.site.code() + "-A-01-06-1";
		// Only 2 of the 3 missing units can be found in another bin.
		given(this.stock.reserve(argThat((ReserveStock r) -> r.quantity() == 3))).willReturn(new Allocation(UUID.randomUUID(),
				"RICE-1KG", 3, 2, 1, List.of(new Allocation.AllocatedLot("LOT-B", null, otherBin, 2))));
		this.picking.confirm(task.id(), 2, null);

		verify(this.stock).adjust(argThat((AdjustStock a) -> a.delta() == -3 && a.locationId().equals(task.bin())));
		verify(this.stock).release(any(UUID.class), any());
		WaveService.WaveView wave = this.waves.wave(this.waves.waves(this.site.code(), this.day).get(0).id());
		assertThat(wave.tasks()).extracting(WaveService.TaskView::bin, WaveService.TaskView::quantity, WaveService.TaskView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(task.bin(), 5, "SHORT"),
					org.assertj.core.groups.Tuple.tuple(otherBin, 2, "OPEN"));
		assertThat(events.ofType(PickShortageReported.class)).singleElement()
			.satisfies((e) -> assertThat(e.missing()).isEqualTo(1));
		// Routing learns the smaller delivery: 4 × 1000 g.
		assertThat(events.ofType(DeliveryRequested.class).matching((d) -> d.shipmentId().equals(order.id())))
			.extracting(DeliveryRequested::weightGrams)
			.containsExactly(5_000L, 4_000L);

		this.picking.confirm(wave.tasks().get(1).id(), 2, null);
		assertThat(this.orders.order(order.id()).status()).isEqualTo(OrderStatus.PICKED);
		assertThat(this.loading.handlingUnits(order.id())).flatMap((u) -> u.contents().values()).containsExactly(4);
	}

	private RoutePlanPublished plan(int version, OutboundOrder... stops) {
		Instant departure = ZonedDateTime.of(this.day.atTime(9, 0), WARSAW).toInstant();
		List<RoutePlanPublished.Stop> list = new java.util.ArrayList<>();
		for (int i = 0; i < stops.length; i++) {
			list.add(new RoutePlanPublished.Stop(UUID.nameUUIDFromBytes(("stop" + version + i).getBytes()), stops[i].id(), i + 1,
					stops[i].location(), departure.plusSeconds(1_800L * (i + 1)), departure.plusSeconds(1_800L * (i + 1) + 300),
					stops[i].windows(), 300));
		}
		UUID planId = UUID.nameUUIDFromBytes(("plan" + this.site.code()).getBytes());
		UUID routeId = UUID.nameUUIDFromBytes(("route" + this.site.code() + version).getBytes());
		return new RoutePlanPublished(planId, version, this.day, Instant.now(), List.of(new RoutePlanPublished.Route(routeId,
				"VAN-1", true, this.site.id(), this.site.location(), departure, departure.plusSeconds(14_400), 30_000, 3_600,
				list)));
	}

}
