package io.zaplecze.warehouse.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.DemoDay;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.warehouse.WarehouseFailure;
import io.zaplecze.warehouse.WarehouseProperties;
import io.zaplecze.warehouse.layout.DockDoor;
import io.zaplecze.warehouse.layout.LayoutImportReport;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.putaway.PutawayService;
import io.zaplecze.warehouse.receiving.ReceivingService;
import io.zaplecze.warehouse.slotting.SlottingService;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The warehouse's part of the demo day (order 200, after inventory's catalogue): depot WAW1 at the
 * road network's central point with ambient, chilled and frozen zones (imported as CSV), an
 * order history and a slotting learnt from it, opening stock received through inventory and put
 * away (lots, some close to expiry), and the day's outbound orders at customer points on the
 * network with windows between 08:00 and 18:00 local time. Every step checks whether it already
 * happened, so a restart seeds nothing twice.
 */
@Component
@Profile("demo")
class WarehouseDemoDay implements DemoDay {

	static final String SITE = "WAW1";

	private static final Logger log = LoggerFactory.getLogger(WarehouseDemoDay.class);

	private static final String[] STREETS = { "Marszałkowska", "Puławska", "Grójecka", "Wolska", "Górczewska",
			"Targowa", "Grochowska", "Jana Pawła II", "Ostrobramska", "Modlińska", "Połczyńska", "Sobieskiego",
			"Czerniakowska", "Żelazna", "Chmielna", "Kondratowicza", "Radzymińska", "Wawelska", "Mokotowska", "Okopowa" };

	private static final String[] CUSTOMERS = { "Delikatesy", "Sklep Społem", "Bistro", "Kawiarnia", "Market",
			"Piekarnia", "Apteka", "Restauracja", "Hotel", "Szkoła", "Przedszkole", "Stołówka" };

	private final LayoutService layout;

	private final SlottingService slotting;

	private final ReceivingService receiving;

	private final PutawayService putaway;

	private final OrderService orders;

	private final StockManagement stock;

	private final RoadNetworkManagement roads;

	private final int orderCount;

	private final int historyOrders;

	WarehouseDemoDay(LayoutService layout, SlottingService slotting, ReceivingService receiving, PutawayService putaway,
			OrderService orders, StockManagement stock, RoadNetworkManagement roads,
			WarehouseProperties properties) {
		this.layout = layout;
		this.slotting = slotting;
		this.receiving = receiving;
		this.putaway = putaway;
		this.orders = orders;
		this.stock = stock;
		this.roads = roads;
		this.orderCount = properties.demo().orders();
		this.historyOrders = properties.demo().historyOrders();
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void seed(LocalDate day) {
		List<ProductView> catalogue = this.stock.catalogue();
		if (catalogue.isEmpty()) {
			log.warn("Demo day: the inventory catalogue is empty; the warehouse seeds nothing");
			return;
		}
		Site site = this.layout.findSite(SITE).orElseGet(this::createSite);
		try {
			this.roads.snap(site.location(), VehicleProfile.CAR);
		}
		catch (RuntimeException offNetwork) {
			throw new IllegalStateException("The demo depot " + SITE + " at " + site.location()
					+ " is not on the loaded road network: this database was seeded on another map. "
					+ "Use a fresh database (or the map it was seeded on) for the demo.", offNetwork);
		}
		DemandModel demand = new DemandModel(catalogue, new Random(20_261_127L));
		seedSlotting(site, day, demand);
		seedOpeningStock(site, day, catalogue, demand);
		seedOrders(site, day, demand);
	}

	private Site createSite() {
		GeoPoint depot = this.roads.centralPoint(VehicleProfile.CAR);
		Site site = this.layout.createSite(SITE, "Warszawa depot", depot, ZoneId.of("Europe/Warsaw"), LocalTime.of(6, 0),
				LocalTime.of(22, 0));
		this.layout.addZone(SITE, "A", TemperatureClass.AMBIENT, 20, -4, Map.of(1, 2_000_000L, 2, 1_500_000L, 3, 1_000_000L));
		this.layout.addZone(SITE, "C", TemperatureClass.CHILLED, 58, -4, Map.of(1, 1_500_000L, 2, 1_000_000L, 3, 800_000L));
		this.layout.addZone(SITE, "F", TemperatureClass.FROZEN, 78, -4, Map.of(1, 1_500_000L, 2, 1_000_000L, 3, 800_000L));
		StringBuilder csv = new StringBuilder("code,zone,kind,aisle,bay,level,x,y,capacity_volume_cm3,capacity_weight_grams\n");
		bins(csv, "A", 0, 8, 12);
		bins(csv, "C", 50, 3, 10);
		bins(csv, "F", 72, 2, 8);
		LayoutImportReport report = this.layout.importBins(SITE, csv.toString());
		if (!report.errors().isEmpty()) {
			throw new IllegalStateException("Demo layout refused: " + report.errors());
		}
		this.layout.addDock(SITE, "D1", DockDoor.Direction.INBOUND, false, 10, -8);
		this.layout.addDock(SITE, "D2", DockDoor.Direction.OUTBOUND, false, 25, -8);
		this.layout.addDock(SITE, "D3", DockDoor.Direction.OUTBOUND, false, 35, -8);
		this.layout.addDock(SITE, "D4", DockDoor.Direction.OUTBOUND, true, 60, -8);
		log.info("Demo day: site {} at {} with {} bins", SITE, depot, report.imported());
		return site;
	}

	// Aisles of bays on both sides (odd bays left, even right), 2.7 m wide; levels 1-2 are pick
	// faces, level 3 reserve.
	private static void bins(StringBuilder csv, String zone, double x0, int aisles, int bays) {
		for (int a = 1; a <= aisles; a++) {
			double aisleX = x0 + 2.6 + (a - 1) * 5.2;
			for (int bay = 1; bay <= bays; bay++) {
				double x = aisleX + ((bay % 2 == 1) ? -1.6 : 1.6);
				double y = 2.0 + 1.35 + 2.7 * ((bay - 1) / 2);
				for (int level = 1; level <= 3; level++) {
					String kind = (level <= 2) ? "PICK_FACE" : "RESERVE";
					long volume = (level == 1) ? 1_200_000 : 900_000;
					long weight = (level == 1) ? 800_000 : 500_000;
					csv.append(String.format(Locale.ROOT, "%s-%s-%02d-%02d-%d,%s,%s,%s-%02d,%d,%d,%.2f,%.2f,%d,%d%n", SITE, zone,
							a, bay, level, zone, kind, zone, a, bay, level, x, y, volume, weight));
				}
			}
		}
	}

	private void seedSlotting(Site site, LocalDate day, DemandModel demand) {
		if (this.slotting.historyLines(site.id()) == 0) {
			List<SlottingService.HistoricalOrder> history = new ArrayList<>();
			Random random = new Random(7);
			for (int i = 0; i < this.historyOrders; i++) {
				LocalDate on = day.minusDays(1 + random.nextInt(60));
				history.add(new SlottingService.HistoricalOrder(String.format("H-%s-%05d", SITE, i), on, demand.order(random)));
			}
			this.slotting.recordHistory(site.id(), history);
		}
		if (this.slotting.slots(site.id()).isEmpty()) {
			naiveSlots(site, demand);
			var plan = this.slotting.propose(SITE, 40);
			var applied = this.slotting.apply(plan);
			log.info("Demo day: slotting from {} history orders: {} moves, {} m -> {} m per order", applied.plan().ordersEvaluated(),
					applied.plan().moves().size(), Math.round(applied.plan().travelBeforeMeters()),
					Math.round(applied.plan().travelAfterMeters()));
		}
	}

	// The "before" picture: products slotted in SKU order, as a new warehouse often starts.
	private void naiveSlots(Site site, DemandModel demand) {
		Map<TemperatureClass, List<String>> free = new LinkedHashMap<>();
		for (var bin : this.layout.bins(site.id())) {
			if (bin.kind() == io.zaplecze.warehouse.layout.BinKind.PICK_FACE && bin.zoneId() != null) {
				free.computeIfAbsent(this.layout.zone(bin.zoneId()).temperatureClass(), (k) -> new ArrayList<>()).add(bin.code());
			}
		}
		for (ProductView product : demand.products()) {
			List<String> bins = free.getOrDefault(product.temperatureClass(), List.of());
			if (!bins.isEmpty()) {
				this.slotting.assign(SITE, product.sku(), bins.remove(0));
			}
		}
	}

	private void seedOpeningStock(Site site, LocalDate day, List<ProductView> catalogue, DemandModel demand) {
		String reference = "OPEN-" + day;
		if (this.receiving.deliveries(SITE).stream().anyMatch((d) -> d.reference().equals(reference))) {
			return;
		}
		Random random = new Random(11);
		Map<String, List<int[]>> lots = new LinkedHashMap<>();
		Map<String, Integer> expected = new LinkedHashMap<>();
		for (ProductView product : catalogue) {
			long perLot = Math.max(1, Math.min(400, 600_000 / Math.max(1, product.volumeCm3())));
			int lotCount = 1 + random.nextInt(3);
			List<int[]> productLots = new ArrayList<>();
			for (int l = 0; l < lotCount; l++) {
				int qty = (int) Math.max(1, Math.min(perLot, 20 + demand.weight(product.sku()) * 4_000));
				productLots.add(new int[] { qty, expiryDays(product, random, l) });
				expected.merge(product.sku(), qty, Integer::sum);
			}
			lots.put(product.sku(), productLots);
		}
		var delivery = this.receiving.announce(SITE, reference, "Hurtownia Mazowsze", day, false, expected);
		lots.forEach((sku, productLots) -> {
			for (int l = 0; l < productLots.size(); l++) {
				int[] lot = productLots.get(l);
				LocalDate expiry = (lot[1] > 0) ? day.plusDays(lot[1]) : null;
				this.receiving.receive(delivery, reference + "-" + sku + "-" + l, sku,
						String.format("L%s-%s-%d", day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), sku, l), expiry,
						lot[0], 0);
			}
		});
		int putAway = 0;
		for (PutawayService.TaskView task : this.putaway.open(site.id())) {
			try {
				this.putaway.confirm(task.id(), null);
				putAway++;
			}
			catch (WarehouseFailure ex) {
				// No bin has room: the goods stay in receiving, where they can still be picked.
				log.info("Demo day: {} × {} stays in receiving: {}", task.quantity(), task.sku(), ex.getMessage());
			}
		}
		this.receiving.close(delivery);
		log.info("Demo day: opening stock received ({} lines), {} put away", expected.size(), putAway);
	}

	// Ambient: long shelf life or none; chilled: days to weeks, the first lot of some close to
	// expiry; frozen: months.
	private static int expiryDays(ProductView product, Random random, int lot) {
		return switch (product.temperatureClass()) {
			case AMBIENT -> (random.nextInt(4) == 0) ? 0 : 120 + random.nextInt(600);
			case CHILLED -> (lot == 0 && random.nextInt(3) == 0) ? 2 + random.nextInt(3) : 6 + random.nextInt(20);
			case FROZEN -> 60 + random.nextInt(300);
		};
	}

	private void seedOrders(Site site, LocalDate day, DemandModel demand) {
		if (!this.orders.orders(SITE, day).isEmpty()) {
			return;
		}
		NetworkArea area = this.roads.area();
		Random random = new Random(day.toEpochDay());
		ZoneId zone = site.zoneId();
		int created = 0;
		for (int i = 1; i <= this.orderCount; i++) {
			Optional<GeoPoint> point = customerPoint(area, random);
			if (point.isEmpty()) {
				continue;
			}
			OrderService.NewOrder order = new OrderService.NewOrder(SITE, null,
					CUSTOMERS[random.nextInt(CUSTOMERS.length)] + " " + (100 + i),
					"ul. " + STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(180)) + ", Warszawa",
					point.get(), day, windows(day, zone, random), 3 + random.nextInt(6), demand.order(random));
			this.orders.create(order, "demo-" + SITE + "-" + day + "-" + i);
			created++;
		}
		log.info("Demo day: {} outbound orders for {}", created, day);
	}

	private Optional<GeoPoint> customerPoint(NetworkArea area, Random random) {
		for (int attempt = 0; attempt < 20; attempt++) {
			double lat = area.minLat() + random.nextDouble() * (area.maxLat() - area.minLat());
			double lon = area.minLon() + random.nextDouble() * (area.maxLon() - area.minLon());
			try {
				return Optional.of(this.roads.snap(new GeoPoint(lat, lon), VehicleProfile.CAR));
			}
			catch (RuntimeException ex) {
				// Off the network (a park, a river): draw another point.
			}
		}
		return Optional.empty();
	}

	// A third of the customers take deliveries all day, the others give a 2-4 hour window.
	private static List<TimeWindow> windows(LocalDate day, ZoneId zone, Random random) {
		ZonedDateTime open = ZonedDateTime.of(day, LocalTime.of(8, 0), zone);
		ZonedDateTime close = ZonedDateTime.of(day, LocalTime.of(18, 0), zone);
		if (random.nextInt(3) == 0) {
			return List.of(new TimeWindow(open.toInstant(), close.toInstant()));
		}
		ZonedDateTime start = open.plusMinutes(30L * random.nextInt(15));
		ZonedDateTime end = start.plusHours(2 + random.nextInt(3));
		return List.of(new TimeWindow(start.toInstant(), (end.isAfter(close) ? close : end).toInstant()));
	}

}
