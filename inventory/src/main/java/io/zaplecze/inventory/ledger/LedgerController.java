package io.zaplecze.inventory.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/ledger")
@Tag(name = "Inventory: ledger", description = "The append-only stock movement ledger")
class LedgerController {

	private final StockBook book;

	LedgerController(StockBook book) {
		this.book = book;
	}

	@GetMapping
	@Operation(summary = "Ledger entries, newest first, filtered by SKU, location and entry type")
	PageResponse<LedgerEntryView> list(@RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable String locationId,
			@RequestParam(required = false) @Nullable EntryType type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.book.ledger(sku, locationId, type, new PageRequest(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One ledger entry")
	LedgerEntryView get(@PathVariable long id) {
		return this.book.entries(java.util.List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new UnknownLedgerEntry(id));
	}

	static final class UnknownLedgerEntry extends io.zaplecze.inventory.InventoryFailure {

		UnknownLedgerEntry(long id) {
			super(Kind.NOT_FOUND, "No ledger entry " + id);
		}

	}

}
