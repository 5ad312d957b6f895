package io.zaplecze.warehouse.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.warehouse.WarehouseModuleTestSupport;
import io.zaplecze.warehouse.WarehouseProperties;
import io.zaplecze.warehouse.WarehouseTestFixtures;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OrderStatus;
import io.zaplecze.warehouse.order.OutboundOrder;
import io.zaplecze.warehouse.putaway.PutawayService;
import io.zaplecze.warehouse.receiving.ReceivingService;
import io.zaplecze.warehouse.slotting.SlottingService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

class WarehouseDemoDayTests extends WarehouseModuleTestSupport {

	@Autowired
	SlottingService slotting;

	@Autowired
	ReceivingService receiving;

	@Autowired
	PutawayService putaway;

	@Autowired
	OrderService orders;

	@Autowired
	WarehouseProperties properties;

	@Test
	void seedsADepotWithZonesStockAndTheDaysOrdersOnce() {
		newSite();
		this.fixtures.stockBin.put(WarehouseTestFixtures.RICE.sku(), "WAW1-A-01-01-1");
		this.fixtures.stockBin.put(WarehouseTestFixtures.PASTA.sku(), "WAW1-A-01-02-1");
		this.fixtures.stockBin.put(WarehouseTestFixtures.MILK.sku(), "WAW1-C-01-01-1");
		NetworkArea area = new NetworkArea(52.1, 20.9, 52.3, 21.1);
		given(this.roads.area()).willReturn(area);
		given(this.roads.centralPoint(any(VehicleProfile.class))).willReturn(area.center());
		given(this.roads.snap(any(GeoPoint.class), any(VehicleProfile.class))).willAnswer((inv) -> inv.getArgument(0));
		WarehouseProperties p = this.properties;
		WarehouseDemoDay demo = new WarehouseDemoDay(this.layout, this.slotting, this.receiving, this.putaway, this.orders,
				this.stock, this.roads, new WarehouseProperties(p.picking(), p.packing(), p.slotting(), p.putaway(),
						p.delivery(), new WarehouseProperties.Demo(24, 300)));
		LocalDate day = LocalDate.of(2026, 11, 27);

		demo.seed(day);
		demo.seed(day);

		Site site = this.layout.site("WAW1");
		assertThat(site.location()).isEqualTo(area.center());
		assertThat(this.layout.zones(site.id())).extracting((z) -> z.temperatureClass().name())
			.containsExactly("AMBIENT", "CHILLED", "FROZEN");
		assertThat(this.layout.bins(site.id())).hasSize(8 * 12 * 3 + 3 * 10 * 3 + 2 * 8 * 3 + 2);
		assertThat(this.slotting.slots(site.id())).containsOnlyKeys("MILK-1L", "PASTA-500", "RICE-1KG");
		verify(this.stock, atLeastOnce()).receive(any(ReceiveStock.class));
		assertThat(this.receiving.deliveries("WAW1")).singleElement().satisfies((d) -> assertThat(d.status()).isEqualTo("CLOSED"));
		List<OutboundOrder> seeded = this.orders.orders("WAW1", day);
		assertThat(seeded).hasSize(24).allMatch((o) -> o.status() == OrderStatus.ALLOCATED && o.readyAt() != null);
		ZoneId warsaw = ZoneId.of("Europe/Warsaw");
		for (OutboundOrder order : seeded) {
			for (TimeWindow w : order.windows()) {
				assertThat(w.start().atZone(warsaw).toLocalTime()).isAfterOrEqualTo(LocalTime.of(8, 0));
				assertThat(w.end().atZone(warsaw).toLocalTime()).isBeforeOrEqualTo(LocalTime.of(18, 0));
			}
		}
	}

}
