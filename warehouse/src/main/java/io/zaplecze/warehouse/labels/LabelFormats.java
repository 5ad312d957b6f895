package io.zaplecze.warehouse.labels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads scans: a site's label formats turn what the scanner typed into a bin code, a SKU (through
 * the product's registered barcodes, or the SKU itself), a handling-unit label or a lot number.
 * A scan that is not a label of the asked kind is a {@link WrongScan}.
 */
@Service
@Transactional(readOnly = true)
public class LabelFormats {

	private final JdbcClient jdbc;

	private final LayoutService layout;

	private final StockManagement stock;

	private final Clock clock;

	LabelFormats(JdbcClient jdbc, LayoutService layout, StockManagement stock, Clock clock) {
		this.jdbc = jdbc;
		this.layout = layout;
		this.stock = stock;
		this.clock = clock;
	}

	/** The site's label formats (the plain codes when none were set). */
	public LabelFormat format(Site site) {
		return this.jdbc.sql("""
				SELECT bin_pattern, product_pattern, handling_unit_pattern, lot_pattern FROM warehouse.label_format
				WHERE site_id = ?""")
			.param(site.id())
			.query((rs, n) -> new LabelFormat(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElse(LabelFormat.DEFAULT);
	}

	@Transactional
	public LabelFormat setFormat(Site site, LabelFormat format) {
		this.jdbc.sql("""
				INSERT INTO warehouse.label_format (site_id, bin_pattern, product_pattern, handling_unit_pattern, lot_pattern, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (site_id) DO UPDATE SET bin_pattern = excluded.bin_pattern, product_pattern = excluded.product_pattern,
				  handling_unit_pattern = excluded.handling_unit_pattern, lot_pattern = excluded.lot_pattern,
				  updated_at = excluded.updated_at""")
			.params(site.id(), format.bin(), format.product(), format.handlingUnit(), format.lot(),
					Timestamp.from(this.clock.instant()))
			.update();
		return format;
	}

	/** Registers a barcode (GTIN or supplier code) of a product; a barcode belongs to one product. */
	@Transactional
	public void registerBarcode(String barcode, String sku) {
		if (barcode == null || !barcode.matches("[\\x21-\\x7E]{1,64}")) {
			throw new WrongScan("A barcode is 1 to 64 printable characters without spaces");
		}
		this.stock.product(sku);
		Optional<String> owner = skuOfBarcode(barcode);
		if (owner.isPresent() && !owner.get().equals(sku)) {
			throw new io.zaplecze.warehouse.layout.DuplicateCode("Barcode of " + owner.get(), barcode);
		}
		this.jdbc.sql("INSERT INTO warehouse.product_barcode (barcode, sku, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(barcode, sku, Timestamp.from(this.clock.instant()))
			.update();
	}

	public List<String> barcodes(String sku) {
		return this.jdbc.sql("SELECT barcode FROM warehouse.product_barcode WHERE sku = ? ORDER BY barcode")
			.param(sku)
			.query(String.class)
			.list();
	}

	/** The bin a scan names, at this site. */
	public Bin bin(Site site, String scan) {
		String code = LabelFormat.code(format(site).bin(), scan);
		Optional<Bin> bin = (code != null) ? this.layout.findBin(code) : Optional.empty();
		if (bin.isEmpty() || !bin.get().siteId().equals(site.id())) {
			throw new WrongScan("'" + scan + "' is not a bin label of " + site.code());
		}
		return bin.get();
	}

	/** The SKU a product scan names: a registered barcode, or the SKU itself. */
	public String sku(Site site, String scan) {
		String code = LabelFormat.code(format(site).product(), scan);
		if (code != null) {
			Optional<String> byBarcode = skuOfBarcode(code);
			if (byBarcode.isPresent()) {
				return byBarcode.get();
			}
			if (!this.stock.products(List.of(code)).isEmpty()) {
				return code;
			}
		}
		throw new WrongScan("'" + scan + "' is not a known product barcode or SKU");
	}

	/** The handling-unit label code a scan names (not checked against existing units). */
	public String handlingUnit(Site site, String scan) {
		String code = LabelFormat.code(format(site).handlingUnit(), scan);
		if (code == null) {
			throw new WrongScan("'" + scan + "' is not a handling-unit label");
		}
		return code;
	}

	/** The lot number a lot scan names. */
	public String lot(Site site, String scan) {
		String code = LabelFormat.code(format(site).lot(), scan);
		if (code == null) {
			throw new WrongScan("'" + scan + "' is not a lot label");
		}
		return code;
	}

	private Optional<String> skuOfBarcode(String barcode) {
		return this.jdbc.sql("SELECT sku FROM warehouse.product_barcode WHERE barcode = ?").param(barcode).query(String.class).optional();
	}

}
