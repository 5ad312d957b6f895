package io.zaplecze.inventory.stock;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.StockCommands.AdjustStock;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockReconciliation;
import io.zaplecze.inventory.command.CommandRetry;
import io.zaplecze.inventory.ledger.LedgerEntryView;
import io.zaplecze.inventory.ledger.Reconciliation;
import io.zaplecze.inventory.ledger.StockBook;
import io.zaplecze.inventory.stock.StockCommandService.ReturnStock;
import io.zaplecze.inventory.stock.StockCommandService.ScrapStock;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/stock")
@Tag(name = "Inventory: stock", description = "Stock per lot and location, and the commands that change it. "
		+ "Every command takes an Idempotency-Key header: a retry with the same key and body returns the same "
		+ "ledger entries and changes nothing; the same key with another body is 409.")
class StockController {

	static final String KEY = "Idempotency-Key";

	private final StockCommandService commands;

	private final StockBook book;

	private final Reconciliation reconciliation;

	private final CommandRetry retry;

	StockController(StockCommandService commands, StockBook book, Reconciliation reconciliation, CommandRetry retry) {
		this.commands = commands;
		this.book = book;
		this.reconciliation = reconciliation;
		this.retry = retry;
	}

	@GetMapping
	@Operation(summary = "Stock on hand per SKU, lot and location (filter by SKU and/or location)")
	PageResponse<StockLevel> list(@RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable String locationId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.book.levels(sku, locationId, new PageRequest(page, size));
	}

	@GetMapping("/reconciliation")
	@Operation(summary = "Proves the books: stock equals the ledger sum and the open reservations, row by row")
	StockReconciliation reconciliation() {
		return this.reconciliation.run();
	}

	@PostMapping("/receipts")
	@Operation(summary = "Books a receipt (ledger RECEIPT); an expiry date in the past is refused")
	ResponseEntity<PostingResponse> receive(@Parameter(description = "retry key") @RequestHeader(KEY) String key,
			@Valid @RequestBody ReceiveRequest request) {
		return posted(() -> this.commands.receive(new ReceiveStock(key, request.sku(), request.lotNumber(),
				request.expiryDate(), request.quantity(), request.locationId())));
	}

	@PostMapping("/moves")
	@Operation(summary = "Moves unreserved stock between locations (two ledger MOVE entries)")
	ResponseEntity<PostingResponse> move(@RequestHeader(KEY) String key, @Valid @RequestBody MoveRequest request) {
		return posted(() -> this.commands.move(new MoveStock(key, request.sku(), request.lotNumber(),
				request.fromLocationId(), request.toLocationId(), request.quantity())));
	}

	@PostMapping("/adjustments")
	@Operation(summary = "Corrects stock by a signed delta with a reason (ledger ADJUSTMENT); promises on missing "
			+ "stock become backorders")
	ResponseEntity<PostingResponse> adjust(@RequestHeader(KEY) String key, @Valid @RequestBody AdjustRequest request) {
		return posted(() -> this.commands.adjust(new AdjustStock(key, request.sku(), request.lotNumber(),
				request.locationId(), request.delta(), request.reason())));
	}

	@PostMapping("/scraps")
	@Operation(summary = "Writes stock off (ledger SCRAP), e.g. damaged or expired")
	ResponseEntity<PostingResponse> scrap(@RequestHeader(KEY) String key, @Valid @RequestBody ScrapRequest request) {
		return posted(() -> this.commands.scrap(new ScrapStock(key, request.sku(), request.lotNumber(),
				request.locationId(), request.quantity(), request.reason())));
	}

	@PostMapping("/returns")
	@Operation(summary = "Books goods returned into a known lot (ledger RETURN)")
	ResponseEntity<PostingResponse> returnStock(@RequestHeader(KEY) String key,
			@Valid @RequestBody ReturnRequest request) {
		return posted(() -> this.commands.returnStock(new ReturnStock(key, request.sku(), request.lotNumber(),
				request.locationId(), request.quantity(), request.reason())));
	}

	private ResponseEntity<PostingResponse> posted(Supplier<List<Long>> command) {
		List<LedgerEntryView> entries = this.book.entries(this.retry.run(command));
		return ResponseEntity.created(URI.create("/api/v1/inventory/ledger/" + entries.getFirst().id()))
			.body(new PostingResponse(entries));
	}

	/**
	 * The ledger entries a command posted.
	 *
	 * @param entries in posting order
	 */
	record PostingResponse(List<LedgerEntryView> entries) {
	}

	/** A receipt. */
	record ReceiveRequest(@NotBlank String sku, @NotBlank @Size(max = 64) String lotNumber,
			@Nullable LocalDate expiryDate, @Positive int quantity, @NotBlank @Size(max = 64) String locationId) {
	}

	/** A move of unreserved stock. */
	record MoveRequest(@NotBlank String sku, @NotBlank String lotNumber, @NotBlank String fromLocationId,
			@NotBlank @Size(max = 64) String toLocationId, @Positive int quantity) {
	}

	/** A signed correction. */
	record AdjustRequest(@NotBlank String sku, @NotBlank String lotNumber, @NotBlank String locationId, int delta,
			@NotBlank @Size(max = 200) String reason) {
	}

	/** A write-off. */
	record ScrapRequest(@NotBlank String sku, @NotBlank String lotNumber, @NotBlank String locationId,
			@Positive int quantity, @NotBlank @Size(max = 200) String reason) {
	}

	/** A return into a known lot. */
	record ReturnRequest(@NotBlank String sku, @NotBlank String lotNumber, @NotBlank @Size(max = 64) String locationId,
			@Positive int quantity, @Nullable @Size(max = 200) String reason) {
	}

}
