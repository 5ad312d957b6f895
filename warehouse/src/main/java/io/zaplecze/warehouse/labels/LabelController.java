package io.zaplecze.warehouse.labels;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse labels", description = "Label code formats per site, product barcodes, reading a scan")
class LabelController {

	private final LabelFormats labels;

	private final LayoutService layout;

	LabelController(LabelFormats labels, LayoutService layout) {
		this.labels = labels;
		this.layout = layout;
	}

	@GetMapping("/sites/{site}/label-formats")
	@Operation(summary = "How the site's labels encode bin, product, handling-unit and lot codes")
	LabelFormat format(@PathVariable String site) {
		return this.labels.format(this.layout.site(site));
	}

	@PutMapping("/sites/{site}/label-formats")
	@Operation(summary = "Set the site's label formats: one regular expression per kind with a named group 'code'",
			description = "A pattern without a 'code' group or that does not compile → 400.")
	LabelFormat setFormat(@PathVariable String site, @RequestBody LabelFormat format) {
		return this.labels.setFormat(this.layout.site(site), format);
	}

	@PutMapping("/product-barcodes/{barcode}")
	@Operation(summary = "Register a product's barcode (GTIN or supplier code); a barcode belongs to one product (409)")
	Map<String, Object> registerBarcode(@PathVariable String barcode, @Valid @RequestBody BarcodeRequest request) {
		this.labels.registerBarcode(barcode, request.sku());
		return Map.of("barcode", barcode, "sku", request.sku());
	}

	@GetMapping("/product-barcodes")
	@Operation(summary = "A product's registered barcodes")
	List<String> barcodes(@RequestParam String sku) {
		return this.labels.barcodes(sku);
	}

	@GetMapping("/sites/{site}/scans")
	@Operation(summary = "What a scanned code is at this site: a bin or a product (422 when neither)")
	ScanView read(@PathVariable String site, @RequestParam String code) {
		Site s = this.layout.site(site);
		try {
			Bin bin = this.labels.bin(s, code);
			return new ScanView("BIN", bin.code());
		}
		catch (WrongScan notABin) {
			try {
				return new ScanView("PRODUCT", this.labels.sku(s, code));
			}
			catch (WrongScan notAProduct) {
				throw new WrongScan("'" + code + "' is neither a bin label nor a product barcode of " + s.code());
			}
		}
	}

	record BarcodeRequest(@NotBlank String sku) {
	}

	/** A read scan: its kind (BIN, PRODUCT) and the code (bin code, SKU). */
	record ScanView(String kind, String code) {
	}

}
