package io.zaplecze.warehouse.order;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.platform.DomainFailure;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.platform.csv.CsvFiles;
import io.zaplecze.platform.csv.CsvImportLog;
import io.zaplecze.platform.csv.CsvImportRejected;
import io.zaplecze.platform.csv.CsvImportReport;
import io.zaplecze.platform.csv.CsvImportReport.Outcome;
import io.zaplecze.platform.csv.CsvImportReport.Result;
import io.zaplecze.platform.csv.CsvRow;
import io.zaplecze.platform.csv.CsvRowError;
import io.zaplecze.platform.csv.CsvTable;
import io.zaplecze.routing.AddressDirectory;
import io.zaplecze.routing.AddressDirectory.Resolution;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders CSV import (contract: one row per order line, rows grouped by {@code orderNumber}).
 * Every row is checked first — site, products, date, windows, quantities, the delivery point (given,
 * or resolved from the map's own address data) — and a file with any error is rejected whole. A clean
 * file creates its new orders in one transaction exactly as {@code POST /api/v1/warehouse/orders}
 * does (reservation, backorders, delivery requested). Re-importing is idempotent: an order number
 * that exists with the same content is UNCHANGED, with other content an error.
 */
@Service
public class OrderImport {

	static final String KIND = "orders";

	static final List<String> REQUIRED = List.of("orderNumber", "site", "customerName", "requestedDate", "windows",
			"sku", "quantity");

	static final List<String> COLUMNS = List.of("orderNumber", "site", "customerName", "requestedDate", "windows",
			"priority", "sku", "quantity", "lat", "lon", "street", "houseNumber", "postcode", "city", "address");

	private static final List<String> ORDER_COLUMNS = List.of("site", "customerName", "requestedDate", "windows",
			"priority", "lat", "lon", "street", "houseNumber", "postcode", "city", "address");

	private static final int MAX_ROWS = 50_000;

	private final OrderService orders;

	private final OutboundOrderRepository repository;

	private final LayoutService layout;

	private final StockManagement stock;

	private final ObjectProvider<AddressDirectory> addresses;

	private final ObjectProvider<RoadNetworkManagement> roadNetwork;

	private final CsvImportLog log;

	private final Clock clock;

	OrderImport(OrderService orders, OutboundOrderRepository repository, LayoutService layout, StockManagement stock,
			ObjectProvider<AddressDirectory> addresses, ObjectProvider<RoadNetworkManagement> roadNetwork, JdbcClient jdbc,
			JsonMapper json, Clock clock) {
		this.orders = orders;
		this.repository = repository;
		this.layout = layout;
		this.stock = stock;
		this.addresses = addresses;
		this.roadNetwork = roadNetwork;
		this.log = new CsvImportLog(jdbc, json, "warehouse.csv_import");
		this.clock = clock;
	}

	/** The rows of one order number. */
	private static final class Group {

		final int line;

		final Map<String, @Nullable String> fields = new LinkedHashMap<>();

		final Map<String, Integer> lines = new LinkedHashMap<>();

		final List<CsvRow> rows = new ArrayList<>();

		Group(int line) {
			this.line = line;
		}

	}

	private record Prepared(int line, OrderService.NewOrder order, String locationSource) {
	}

	@Transactional
	public CsvImportReport importFile(String text, @Nullable String idempotencyKey, boolean dryRun) {
		String digest = CsvFiles.digest(text);
		Optional<CsvImportReport> replay = this.log.replay(idempotencyKey, KIND, digest);
		if (replay.isPresent()) {
			return replay.get();
		}
		CsvTable csv = CsvFiles.read(KIND, text, REQUIRED, COLUMNS, MAX_ROWS);
		List<CsvRowError> errors = new ArrayList<>();
		Map<String, Group> groups = group(csv, errors);
		Set<String> skus = new HashSet<>();
		groups.values().forEach(g -> skus.addAll(g.lines.keySet()));
		Set<String> known = new HashSet<>();
		this.stock.products(skus).forEach((ProductView p) -> known.add(p.sku()));
		List<Prepared> prepared = new ArrayList<>();
		for (Map.Entry<String, Group> e : groups.entrySet()) {
			Prepared p = prepare(e.getKey(), e.getValue(), known);
			if (p != null) {
				prepared.add(p);
			}
		}
		if (!errors.isEmpty()) {
			throw new CsvImportRejected(KIND, csv.records().size(), errors);
		}
		List<Result> results = new ArrayList<>();
		int created = 0;
		int unchanged = 0;
		for (Prepared p : prepared) {
			Optional<OutboundOrder> existing = this.repository.findByOrderNumber(p.order().orderNumber());
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("location", Map.of("lat", p.order().location().lat(), "lon", p.order().location().lon()));
			details.put("locationSource", p.locationSource());
			if (existing.isPresent()) {
				unchanged++;
				details.put("status", existing.get().status().name());
				results.add(new Result(p.line(), p.order().orderNumber(), existing.get().id().toString(), Outcome.UNCHANGED,
						details));
				continue;
			}
			created++;
			if (dryRun) {
				results.add(new Result(p.line(), p.order().orderNumber(), null, Outcome.CREATED, details));
				continue;
			}
			OutboundOrder order = this.orders.create(p.order(), null);
			details.put("status", order.status().name());
			details.put("backorderedUnits", order.lines().stream().mapToInt(OrderLine::backordered).sum());
			results.add(new Result(p.line(), order.orderNumber(), order.id().toString(), Outcome.CREATED, details));
		}
		CsvImportReport report = new CsvImportReport(KIND, csv.records().size(), created, 0, unchanged, !dryRun, dryRun,
				false, List.of(), results);
		if (!dryRun) {
			this.log.save(idempotencyKey, KIND, digest, report, this.clock.instant());
		}
		return report;
	}

	private Map<String, Group> group(CsvTable csv, List<CsvRowError> errors) {
		Map<String, Group> groups = new LinkedHashMap<>();
		for (CsvTable.Record record : csv.records()) {
			CsvRow row = new CsvRow(csv, record, errors);
			if (!row.ok()) {
				continue;
			}
			String number = row.required("orderNumber");
			String sku = row.required("sku");
			Long quantity = row.integer("quantity", true, null);
			if (number == null) {
				continue;
			}
			if (number.length() > 64) {
				row.error("orderNumber", "An order number has at most 64 characters");
				continue;
			}
			Group group = groups.computeIfAbsent(number, n -> new Group(row.line()));
			group.rows.add(row);
			for (String column : ORDER_COLUMNS) {
				String value = row.optional(column);
				if (!group.fields.containsKey(column) || group.fields.get(column) == null) {
					group.fields.put(column, value);
				}
				else if (value != null && !value.equals(group.fields.get(column))) {
					row.error(column, "Order " + number + " has '" + group.fields.get(column) + "' here on line " + group.line
							+ ", not '" + value + "'");
				}
			}
			if (quantity != null && (quantity <= 0 || quantity > 1_000_000)) {
				row.error("quantity", "A quantity must be a positive whole number (at most 1,000,000), not '" + quantity + "'");
			}
			else if (sku != null && quantity != null) {
				group.lines.merge(sku, quantity.intValue(), Integer::sum);
			}
		}
		return groups;
	}

	private @Nullable Prepared prepare(String number, Group group, Set<String> knownSkus) {
		CsvRow first = group.rows.getFirst();
		Map<String, @Nullable String> f = group.fields;
		for (CsvRow row : group.rows) {
			String sku = row.optional("sku");
			if (sku != null && !knownSkus.contains(sku)) {
				row.error("sku", "Unknown SKU " + sku);
			}
		}
		Site site = null;
		String siteCode = f.get("site");
		if (siteCode == null) {
			first.error("site", "site is required");
		}
		else {
			site = this.layout.findSite(siteCode).orElse(null);
			if (site == null) {
				first.error("site", "Unknown site " + siteCode);
			}
		}
		String customer = f.get("customerName");
		if (customer == null || customer.length() > 200) {
			first.error("customerName", "customerName is required (at most 200 characters)");
		}
		LocalDate date = null;
		String dateText = f.get("requestedDate");
		if (dateText == null) {
			first.error("requestedDate", "requestedDate is required");
		}
		else {
			try {
				date = LocalDate.parse(dateText);
			}
			catch (DateTimeParseException ex) {
				first.error("requestedDate", "Not a date (YYYY-MM-DD): '" + dateText + "'");
			}
		}
		if (date != null && site != null && date.isBefore(LocalDate.now(this.clock.withZone(site.zoneId())))) {
			first.error("requestedDate", "The requested date " + date + " is in the past");
		}
		Integer priority = null;
		String priorityText = f.get("priority");
		if (priorityText != null) {
			try {
				priority = Integer.parseInt(priorityText);
				if (priority < 1 || priority > 10) {
					first.error("priority", "A priority is 1..10, not " + priority);
				}
			}
			catch (NumberFormatException ex) {
				first.error("priority", "Not a whole number: '" + priorityText + "'");
			}
		}
		List<TimeWindow> windows = (site != null && date != null) ? windows(first, f.get("windows"), date, site) : List.of();
		Located located = locate(first, f);
		String address = f.get("address");
		if (address == null) {
			address = (located != null) ? located.address() : null;
		}
		if (address != null && address.length() > 400) {
			first.error("address", "An address has at most 400 characters");
		}
		boolean ok = group.rows.stream().allMatch(CsvRow::ok);
		if (!ok || site == null || date == null || located == null || customer == null || windows.isEmpty()) {
			return null;
		}
		OrderService.NewOrder order = new OrderService.NewOrder(site.code(), number, customer,
				Objects.requireNonNullElse(address, located.location().lat() + ", " + located.location().lon()),
				located.location(), date, windows, priority, group.lines);
		Optional<OutboundOrder> existing = this.repository.findByOrderNumber(number);
		if (existing.isPresent() && !OrderService.hash(order).equals(existing.get().requestHash())) {
			first.error("orderNumber", "Order " + number + " exists with other content (" + existing.get().status()
					+ "); cancel it first or use another number");
			return null;
		}
		try {
			this.orders.check(order);
		}
		catch (DomainFailure ex) {
			first.error("windows", ex.getMessage());
			return null;
		}
		return new Prepared(group.line, order, located.source());
	}

	private static List<TimeWindow> windows(CsvRow row, @Nullable String text, LocalDate date, Site site) {
		if (text == null) {
			row.error("windows", "windows is required, e.g. 08:00-10:00;14:00-16:00");
			return List.of();
		}
		String[] parts = text.split(";");
		if (parts.length > 4) {
			row.error("windows", "At most 4 time windows, found " + parts.length);
			return List.of();
		}
		List<TimeWindow> windows = new ArrayList<>();
		for (String part : parts) {
			String[] ends = part.strip().split("-");
			try {
				if (ends.length != 2) {
					throw new DateTimeParseException("", part, 0);
				}
				LocalTime start = LocalTime.parse(ends[0].strip());
				LocalTime end = LocalTime.parse(ends[1].strip());
				if (!end.isAfter(start)) {
					row.error("windows", "A window must end after it starts: '" + part.strip() + "'");
					return List.of();
				}
				Instant from = date.atTime(start).atZone(site.zoneId()).toInstant();
				Instant to = date.atTime(end).atZone(site.zoneId()).toInstant();
				windows.add(new TimeWindow(from, to));
			}
			catch (DateTimeParseException ex) {
				row.error("windows", "Not a window HH:mm-HH:mm: '" + part.strip() + "'");
				return List.of();
			}
		}
		return windows;
	}

	private record Located(GeoPoint location, String source, @Nullable String address) {
	}

	private @Nullable Located locate(CsvRow row, Map<String, @Nullable String> f) {
		String lat = f.get("lat");
		String lon = f.get("lon");
		String street = f.get("street");
		String number = f.get("houseNumber");
		if (lat != null || lon != null) {
			if (lat == null || lon == null) {
				row.error((lat == null) ? "lat" : "lon", "Give both lat and lon, or an address");
				return null;
			}
			GeoPoint point;
			try {
				point = new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
			}
			catch (IllegalArgumentException ex) {
				row.error("lat", "Not a position: " + lat + ", " + lon + " (" + ex.getMessage() + ")");
				return null;
			}
			RoadNetworkManagement network = this.roadNetwork.getIfAvailable();
			if (network != null) {
				NetworkArea area = network.area();
				if (area != null && point.lat() < area.minLat() || point.lat() > area.maxLat() || point.lon() < area.minLon()
						|| point.lon() > area.maxLon()) {
					row.error("lat", "The position " + lat + ", " + lon + " is outside the loaded map's area");
					return null;
				}
			}
			return new Located(point, "COORDINATES", null);
		}
		if (street == null || number == null) {
			row.error((street == null) ? "street" : "houseNumber",
					"The delivery point is required: lat and lon, or street and houseNumber (with postcode/city)");
			return null;
		}
		AddressDirectory directory = this.addresses.getIfAvailable();
		Resolution resolution = (directory != null) ? directory.resolve(street, number, f.get("postcode"), f.get("city"))
				: new Resolution.Unavailable("Addresses cannot be resolved here (no road network); give lat/lon");
		return switch (resolution) {
			case Resolution.Found found -> new Located(found.location(), "ADDRESS", found.address());
			case Resolution.NotFound notFound -> {
				row.error("street", notFound.reason());
				yield null;
			}
			case Resolution.Ambiguous ambiguous -> {
				row.error("street", "Address " + street + " " + number + " found in " + ambiguous.matches()
						+ " places (" + ambiguous.places() + "): give postcode or city");
				yield null;
			}
			case Resolution.Unavailable unavailable -> {
				row.error("street", "Address not resolved: " + unavailable.reason());
				yield null;
			}
		};
	}

}
