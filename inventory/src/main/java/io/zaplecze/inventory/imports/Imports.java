package io.zaplecze.inventory.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.csv.CsvTable;
import io.zaplecze.inventory.InventoryFailure;
import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.inventory.command.CommandLog;
import io.zaplecze.inventory.command.CommandLog.Claim;
import io.zaplecze.inventory.imports.ImportReport.RowError;
import io.zaplecze.inventory.ledger.EntryType;
import io.zaplecze.inventory.ledger.StockBook;
import io.zaplecze.inventory.product.Products;
import io.zaplecze.inventory.stock.StockCommandService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV imports of products and of opening stock. All-or-nothing: every row is validated first and
 * a file with any bad row is rejected whole with the list of row errors, so an opening balance is
 * never half loaded and the corrected file can simply be sent again. A file that passes is applied in
 * one transaction under its idempotency key.
 */
@Service
class Imports {

	static final List<String> PRODUCT_COLUMNS = List.of("sku", "name", "unit", "weightGrams", "volumeCm3",
			"temperatureClass", "rotationPolicy", "minShelfLifeDays");

	static final List<String> STOCK_COLUMNS = List.of("sku", "lotNumber", "expiryDate", "locationId", "quantity");

	private final Products products;

	private final StockBook book;

	private final StockCommandService stock;

	private final CommandLog commands;

	private final Clock clock;

	private final InventoryProperties properties;

	Imports(Products products, StockBook book, StockCommandService stock, CommandLog commands, Clock clock,
			InventoryProperties properties) {
		this.products = products;
		this.book = book;
		this.stock = stock;
		this.commands = commands;
		this.clock = clock;
		this.properties = properties;
	}

	@Transactional
	ImportReport products(String idempotencyKey, String text) {
		Claim claim = this.commands.claim(idempotencyKey, "import-products", digest(text), null);
		if (claim.replay()) {
			return replayed("products", claim);
		}
		CsvTable csv = read(text, PRODUCT_COLUMNS, "products");
		List<RowError> errors = new ArrayList<>();
		List<ProductView> valid = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CsvTable.Record record : csv.records()) {
			Row row = new Row(csv, record, errors);
			String sku = row.text("sku");
			ProductView product = new ProductView(sku, row.text("name"), row.text("unit"), row.number("weightGrams"),
					row.number("volumeCm3"), row.option("temperatureClass", TemperatureClass.class),
					row.option("rotationPolicy", RotationPolicy.class), (int) row.number("minShelfLifeDays"));
			if (row.ok()) {
				try {
					Products.validate(product);
				}
				catch (InventoryFailure ex) {
					row.error("", ex.getMessage());
				}
			}
			if (row.ok() && !seen.add(sku)) {
				row.error("sku", "SKU " + sku + " appears twice in the file");
			}
			if (row.ok()) {
				valid.add(product);
			}
		}
		rejectIfAny("products", csv, errors);
		int created = 0;
		for (ProductView product : valid) {
			created += this.products.save(product) ? 1 : 0;
		}
		return applied("products", idempotencyKey, csv.records().size(), created, valid.size() - created);
	}

	@Transactional
	ImportReport openingStock(String idempotencyKey, String text) {
		Claim claim = this.commands.claim(idempotencyKey, "import-opening-stock", digest(text), null);
		if (claim.replay()) {
			return replayed("opening-stock", claim);
		}
		CsvTable csv = read(text, STOCK_COLUMNS, "opening-stock");
		LocalDate today = this.properties.today(this.clock);
		List<RowError> errors = new ArrayList<>();
		record Receipt(String sku, String lotNumber, @Nullable LocalDate expiryDate, String locationId, int quantity) {
		}
		List<Receipt> valid = new ArrayList<>();
		Map<String, Boolean> knownSkus = new HashMap<>();
		Map<String, Optional<LocalDate>> lotExpiry = new HashMap<>();
		for (CsvTable.Record record : csv.records()) {
			Row row = new Row(csv, record, errors);
			String sku = row.text("sku");
			String lotNumber = row.text("lotNumber");
			String locationId = row.text("locationId");
			long quantity = row.number("quantity");
			LocalDate expiry = row.date("expiryDate");
			if (sku != null && !knownSkus.computeIfAbsent(sku, s -> this.products.find(s).isPresent())) {
				row.error("sku", "Unknown SKU " + sku);
			}
			if (row.ok() && quantity <= 0) {
				row.error("quantity", "A quantity must be positive");
			}
			if (row.ok() && quantity > Integer.MAX_VALUE) {
				row.error("quantity", "Quantity too large");
			}
			if (row.ok() && (lotNumber.length() > 64 || locationId.length() > 64)) {
				row.error("", "Lot numbers and location ids have at most 64 characters");
			}
			if (row.ok() && expiry != null && expiry.isBefore(today)) {
				row.error("expiryDate", "Expired on " + expiry + " (today is " + today + ")");
			}
			if (row.ok()) {
				String lotKey = sku + "\u0000" + lotNumber;
				Optional<LocalDate> known = lotExpiry.computeIfAbsent(lotKey,
						k -> this.book.findLot(sku, lotNumber).map(l -> Optional.ofNullable(l.expiryDate())).orElse(null));
				if (known == null) {
					lotExpiry.put(lotKey, Optional.ofNullable(expiry));
				}
				else if (expiry != null && !Objects.equals(known.orElse(null), expiry)) {
					row.error("expiryDate", "Lot " + lotNumber + " expires on " + known.orElse(null) + ", not " + expiry);
				}
			}
			if (row.ok()) {
				valid.add(new Receipt(sku, lotNumber, expiry, locationId, (int) quantity));
			}
		}
		rejectIfAny("opening-stock", csv, errors);
		String reference = "import:" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
		for (Receipt receipt : valid) {
			this.stock.receiveOne(receipt.sku(), receipt.lotNumber(), receipt.expiryDate(), receipt.quantity(),
					receipt.locationId(), EntryType.RECEIPT, "opening stock", reference, idempotencyKey);
		}
		return applied("opening-stock", idempotencyKey, csv.records().size(), valid.size(), 0);
	}

	private CsvTable read(String text, List<String> required, String kind) {
		CsvTable csv;
		try {
			csv = CsvTable.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new ImportRejected(new ImportReport(kind, 0, 0, 0, false, false, List.of(new RowError(1, "",
					ex.getMessage()))));
		}
		List<String> missing = csv.missing(required);
		if (!missing.isEmpty()) {
			throw new ImportRejected(new ImportReport(kind, csv.records().size(), 0, 0, false, false,
					List.of(new RowError(1, "", "Missing column(s) " + missing + "; expected " + required))));
		}
		int max = this.properties.imports().maxRows();
		if (csv.records().size() > max) {
			throw new ImportRejected(new ImportReport(kind, csv.records().size(), 0, 0, false, false,
					List.of(new RowError(1, "", "At most " + max + " rows per file"))));
		}
		return csv;
	}

	private static void rejectIfAny(String kind, CsvTable csv, List<RowError> errors) {
		if (!errors.isEmpty()) {
			throw new ImportRejected(new ImportReport(kind, csv.records().size(), 0, 0, false, false, errors));
		}
	}

	private ImportReport applied(String kind, String key, int rows, int created, int updated) {
		this.commands.complete(key, rows + "," + created + "," + updated);
		return new ImportReport(kind, rows, created, updated, true, false, List.of());
	}

	private static ImportReport replayed(String kind, Claim claim) {
		String[] parts = Objects.requireNonNull(claim.resultRef()).split(",");
		return new ImportReport(kind, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
				Integer.parseInt(parts[2]), true, true, List.of());
	}

	private static String digest(String text) {
		return "sha256:" + java.util.HexFormat.of().formatHex(sha256(text));
	}

	private static byte[] sha256(String text) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reads one record's fields, collecting errors instead of failing on the first. */
	private static final class Row {

		private final CsvTable csv;

		private final CsvTable.Record record;

		private final List<RowError> errors;

		private final int errorsBefore;

		Row(CsvTable csv, CsvTable.Record record, List<RowError> errors) {
			this.csv = csv;
			this.record = record;
			this.errors = errors;
			this.errorsBefore = errors.size();
			if (record.fields().size() != csv.width()) {
				error("", "Expected " + csv.width() + " fields, found " + record.fields().size());
			}
		}

		boolean ok() {
			return this.errors.size() == this.errorsBefore;
		}

		void error(String column, String message) {
			this.errors.add(new RowError(this.record.line(), column, message));
		}

		@SuppressWarnings("NullAway")
		String text(String column) {
			String value = this.csv.get(this.record, column);
			if (value == null) {
				error(column, column + " is required");
			}
			return value;
		}

		long number(String column) {
			String value = text(column);
			if (value == null) {
				return 0;
			}
			try {
				return Long.parseLong(value);
			}
			catch (NumberFormatException ex) {
				error(column, "Not a whole number: " + value);
				return 0;
			}
		}

		@Nullable LocalDate date(String column) {
			String value = this.csv.get(this.record, column);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				error(column, "Not a date (YYYY-MM-DD): " + value);
				return null;
			}
		}

		@SuppressWarnings("NullAway")
		<E extends Enum<E>> E option(String column, Class<E> type) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				error(column, "Not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ": " + value);
				return null;
			}
		}

	}

}
