package io.zaplecze.warehouse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/** A small site and a stubbed inventory for module tests: each product's stock sits in one bin. */
public final class WarehouseTestFixtures {

	public static final ProductView RICE = new ProductView("RICE-1KG", "Rice 1 kg", "pcs", 1_000, 1_200,
			TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0);

	public static final ProductView PASTA = new ProductView("PASTA-500", "Pasta 500 g", "pcs", 500, 900,
			TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0);

	public static final ProductView MILK = new ProductView("MILK-1L", "Milk 1 l", "pcs", 1_050, 1_000,
			TemperatureClass.CHILLED, RotationPolicy.FEFO, 2);

	public static final List<ProductView> PRODUCTS = List.of(MILK, PASTA, RICE);

	/** Where the stubbed inventory allocates each product. */
	public final Map<String, String> stockBin = new ConcurrentHashMap<>();

	private WarehouseTestFixtures() {
	}

	/** A site with an ambient zone (2 aisles) and a chilled zone (1 aisle). */
	public static Site site(LayoutService layout, String code) {
		Site site = layout.createSite(code, "Test depot " + code, new io.zaplecze.platform.GeoPoint(52.23, 21.01),
				java.time.ZoneId.of("Europe/Warsaw"), java.time.LocalTime.of(6, 0), java.time.LocalTime.of(22, 0));
		layout.addZone(code, "A", TemperatureClass.AMBIENT, 0, -3, Map.of(1, 2_000_000L));
		layout.addZone(code, "C", TemperatureClass.CHILLED, 30, -3, Map.of());
		StringBuilder csv = new StringBuilder("code,zone,kind,aisle,bay,level,x,y,capacity_volume_cm3,capacity_weight_grams\n");
		for (int aisle = 1; aisle <= 2; aisle++) {
			for (int bay = 1; bay <= 6; bay++) {
				double x = 2.6 + (aisle - 1) * 5.2 + ((bay % 2 == 1) ? -1.6 : 1.6);
				double y = 3.35 + 2.7 * ((bay - 1) / 2);
				csv.append(String.format(java.util.Locale.ROOT, "%s-A-%02d-%02d-1,A,PICK_FACE,A%d,%d,1,%.2f,%.2f,500000,400000%n",
						code, aisle, bay, aisle, bay, x, y));
			}
		}
		for (int bay = 1; bay <= 4; bay++) {
			double x = 32.6 + ((bay % 2 == 1) ? -1.6 : 1.6);
			double y = 3.35 + 2.7 * ((bay - 1) / 2);
			csv.append(String.format(java.util.Locale.ROOT, "%s-C-01-%02d-1,C,PICK_FACE,C1,%d,1,%.2f,%.2f,300000,300000%n", code,
					bay, bay, x, y));
		}
		layout.addDock(code, "D1", io.zaplecze.warehouse.layout.DockDoor.Direction.OUTBOUND, false, 5, -6);
		layout.addDock(code, "D2", io.zaplecze.warehouse.layout.DockDoor.Direction.OUTBOUND, true, 30, -6);
		var report = layout.importBins(code, csv.toString());
		if (!report.errors().isEmpty()) {
			throw new IllegalStateException(report.errors().toString());
		}
		return site;
	}

	/** Stubs the catalogue and allocates every reservation in full from {@link #stockBin}. */
	public static WarehouseTestFixtures stub(StockManagement stock, String site) {
		WarehouseTestFixtures fixtures = new WarehouseTestFixtures();
		fixtures.stockBin.put(RICE.sku(), site + "-A-02-05-1");
		fixtures.stockBin.put(PASTA.sku(), site + "-A-01-02-1");
		fixtures.stockBin.put(MILK.sku(), site + "-C-01-03-1");
		for (ProductView p : PRODUCTS) {
			given(stock.product(p.sku())).willReturn(p);
		}
		given(stock.catalogue()).willReturn(PRODUCTS);
		given(stock.products(anyCollection())).willAnswer((inv) -> {
			java.util.Collection<?> skus = inv.getArgument(0);
			return PRODUCTS.stream().filter((p) -> skus.contains(p.sku())).toList();
		});
		given(stock.stockAt(anyString())).willReturn(List.of());
		given(stock.reserve(any(ReserveStock.class))).willAnswer((inv) -> {
			ReserveStock r = inv.getArgument(0);
			return new Allocation(UUID.randomUUID(), r.sku(), r.quantity(), r.quantity(), 0,
					List.of(new Allocation.AllocatedLot("LOT-" + r.sku(), LocalDate.of(2030, 1, 1),
							fixtures.stockBin.get(r.sku()), r.quantity())));
		});
		return fixtures;
	}

}
