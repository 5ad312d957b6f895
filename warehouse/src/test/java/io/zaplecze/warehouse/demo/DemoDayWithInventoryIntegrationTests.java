package io.zaplecze.warehouse.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.DemoDay;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.testsupport.RealServices;
import io.zaplecze.warehouse.WarehouseProperties;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.loading.LoadingService;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OrderStatus;
import io.zaplecze.warehouse.order.OutboundOrder;
import io.zaplecze.warehouse.picking.PickingService;
import io.zaplecze.warehouse.picking.WaveService;
import io.zaplecze.warehouse.putaway.PutawayService;
import io.zaplecze.warehouse.receiving.ReceivingService;
import io.zaplecze.warehouse.slotting.SlottingService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doReturn;

/**
 * The warehouse with the real inventory module on a real database (only the road network mocked):
 * the demo day's stock goes in through receiving and putaway, orders reserve by rotation policy,
 * a published plan becomes waves, every pick (one of them short) goes through inventory, and
 * inventory's books still reconcile at the end.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "inventory" })
@RealServices
class DemoDayWithInventoryIntegrationTests {

	@MockitoBean
	RoadNetworkManagement roads;

	@MockitoSpyBean
	StockManagement stock;

	@Autowired
	List<DemoDay> demoDays;

	@Autowired
	LayoutService layout;

	@Autowired
	SlottingService slotting;

	@Autowired
	ReceivingService receiving;

	@Autowired
	PutawayService putaway;

	@Autowired
	OrderService orders;

	@Autowired
	WaveService waves;

	@Autowired
	PickingService picking;

	@Autowired
	LoadingService loading;

	@Autowired
	WarehouseProperties properties;

	@Test
	void aDemoDayRunsThroughInventoryFromReceiptToLoadedVehicle(Scenario scenario) {
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Warsaw")).plusDays(1);
		given(this.roads.area()).willReturn(new NetworkArea(52.1, 20.9, 52.3, 21.1));
		given(this.roads.centralPoint(any(VehicleProfile.class))).willReturn(new GeoPoint(52.2, 21.0));
		given(this.roads.snap(any(GeoPoint.class), any(VehicleProfile.class))).willAnswer((inv) -> inv.getArgument(0));
		this.demoDays.forEach((d) -> d.seed(day));
		// A slice of the real catalogue, every temperature class in it, keeps the test quick.
		List<ProductView> catalogue = this.stock.catalogue();
		List<ProductView> slice = new ArrayList<>();
		for (TemperatureClass temperature : TemperatureClass.values()) {
			catalogue.stream().filter((x) -> x.temperatureClass() == temperature).limit(4).forEach(slice::add);
		}
		doReturn(slice).when(this.stock).catalogue();
		WarehouseProperties p = this.properties;
		new WarehouseDemoDay(this.layout, this.slotting, this.receiving, this.putaway, this.orders, this.stock, this.roads,
				new WarehouseProperties(p.picking(), p.packing(), p.slotting(), p.putaway(), p.delivery(),
						new WarehouseProperties.Demo(12, 300)))
			.seed(day);

		Site site = this.layout.site("WAW1");
		List<OutboundOrder> allocated = this.orders.orders("WAW1", day)
			.stream()
			.filter((o) -> o.status() == OrderStatus.ALLOCATED)
			.toList();
		assertThat(allocated).isNotEmpty();
		assertThat(allocated).allSatisfy((o) -> assertThat(o.lines()).allSatisfy((l) -> assertThat(l.allocations())
			.allSatisfy((a) -> assertThat(a.locationId()).startsWith("WAW1-"))));

		RoutePlanPublished plan = plan(site, day, allocated);
		scenario.publish(plan).andWaitForStateChange(() -> this.waves.waves("WAW1", day), (w) -> !w.isEmpty());
		boolean shorted = false;
		for (int round = 0; round < 5; round++) {
			for (WaveService.WaveView wave : this.waves.waves("WAW1", day)) {
				for (WaveService.TaskView task : wave.tasks()) {
					if (!task.status().equals("OPEN")) {
						continue;
					}
					int picked = task.quantity();
					if (!shorted && picked >= 2) {
						picked--;
						shorted = true;
					}
					this.picking.confirm(task.id(), picked, null);
				}
			}
		}
		assertThat(shorted).isTrue();
		assertThat(this.orders.orders(allocated.stream().map(OutboundOrder::id).toList()))
			.allSatisfy((o) -> assertThat(o.status()).isEqualTo(OrderStatus.PICKED));
		UUID routeId = plan.routes().get(0).routeId();
		assertThat(this.loading.confirmLoaded(routeId).loaded()).isTrue();
		assertThat(this.stock.reconciliation().consistent()).isTrue();
	}

	private static RoutePlanPublished plan(Site site, LocalDate day, List<OutboundOrder> orders) {
		Instant departure = site.opening(day).plusSeconds(3 * 3_600);
		List<RoutePlanPublished.Stop> stops = new ArrayList<>();
		for (int i = 0; i < orders.size(); i++) {
			OutboundOrder o = orders.get(i);
			stops.add(new RoutePlanPublished.Stop(UUID.randomUUID(), o.id(), i + 1, o.location(),
					departure.plusSeconds(900L * (i + 1)), departure.plusSeconds(900L * (i + 1) + o.serviceSeconds()),
					o.windows(), o.serviceSeconds()));
		}
		return new RoutePlanPublished(UUID.randomUUID(), 1, day, Instant.now(), List.of(new RoutePlanPublished.Route(
				UUID.randomUUID(), "VAN-01", true, site.id(), site.location(), departure, departure.plusSeconds(6 * 3_600),
				60_000, 7_200, stops)));
	}

}
