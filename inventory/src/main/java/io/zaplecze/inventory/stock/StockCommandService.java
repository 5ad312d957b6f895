package io.zaplecze.inventory.stock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.ExpiryInPast;
import io.zaplecze.inventory.InventoryFailure.InsufficientStock;
import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.StockReceived;
import io.zaplecze.inventory.StockCommands.AdjustStock;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.command.CommandLog;
import io.zaplecze.inventory.command.CommandLog.Claim;
import io.zaplecze.inventory.ledger.EntryType;
import io.zaplecze.inventory.ledger.StockBook;
import io.zaplecze.inventory.ledger.StockBook.Lot;
import io.zaplecze.inventory.ledger.StockBook.Posting;
import io.zaplecze.inventory.ledger.StockBook.Row;
import io.zaplecze.inventory.product.Products;
import io.zaplecze.inventory.reservation.Shortfalls;
import io.zaplecze.platform.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock commands that change on-hand stock: receipt, move, adjustment, scrap, return. Each claims
 * its idempotency key, validates, posts ledger entries and records their ids as its result, so a
 * retry returns the same entries and changes nothing.
 */
@Service
public class StockCommandService {

	private final CommandLog commands;

	private final Products products;

	private final StockBook book;

	private final Shortfalls shortfalls;

	private final Clock clock;

	private final InventoryProperties properties;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	StockCommandService(CommandLog commands, Products products, StockBook book, Shortfalls shortfalls, Clock clock,
			InventoryProperties properties, AuditTrail audit, ApplicationEventPublisher events) {
		this.events = events;
		this.commands = commands;
		this.products = products;
		this.book = book;
		this.shortfalls = shortfalls;
		this.clock = clock;
		this.properties = properties;
		this.audit = audit;
	}

	/**
	 * Goods written off.
	 *
	 * @param idempotencyKey the command's key
	 * @param sku the product
	 * @param lotNumber the lot
	 * @param locationId where
	 * @param quantity how many (positive)
	 * @param reason why, e.g. {@code DAMAGED}, {@code EXPIRED}
	 */
	public record ScrapStock(String idempotencyKey, String sku, String lotNumber, String locationId, int quantity,
			String reason) {
	}

	/**
	 * Goods back from a customer or a route, into a known lot.
	 *
	 * @param idempotencyKey the command's key
	 * @param sku the product
	 * @param lotNumber the lot
	 * @param locationId where they are put
	 * @param quantity how many (positive)
	 * @param reason why, optional (e.g. {@code REFUSED})
	 */
	public record ReturnStock(String idempotencyKey, String sku, String lotNumber, String locationId, int quantity,
			@Nullable String reason) {
	}

	@Transactional
	public List<Long> receive(ReceiveStock command) {
		Claim claim = this.commands.claim(command.idempotencyKey(), "receive", command, null);
		if (claim.replay()) {
			return StockBook.parseIds(claim.resultRef());
		}
		long id = receiveOne(command.sku(), command.lotNumber(), command.expiryDate(), command.quantity(),
				command.locationId(), EntryType.RECEIPT, null, null, command.idempotencyKey());
		this.events.publishEvent(new StockReceived(command.sku(), command.lotNumber(), command.locationId(),
				command.quantity(), this.clock.instant()));
		return done(command.idempotencyKey(), List.of(id));
	}

	/**
	 * Books one receipt (or opening-stock row) without an idempotency claim of its own: for callers
	 * that claimed a key for a whole batch.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long receiveOne(String sku, String lotNumber, @Nullable LocalDate expiryDate, int quantity,
			String locationId, EntryType type, @Nullable String reason, @Nullable String reference,
			@Nullable String idempotencyKey) {
		positive(quantity);
		text(lotNumber, "lotNumber", 64);
		text(locationId, "locationId", 64);
		this.products.require(sku);
		LocalDate today = this.properties.today(this.clock);
		if (expiryDate != null && expiryDate.isBefore(today)) {
			throw new ExpiryInPast(lotNumber, expiryDate, today);
		}
		Lot lot = this.book.lotForReceipt(sku, lotNumber, expiryDate);
		return this.book.post(new Posting(type, lot, locationId, quantity, 0, null, reason, reference, idempotencyKey));
	}

	@Transactional
	public List<Long> move(MoveStock command) {
		Claim claim = this.commands.claim(command.idempotencyKey(), "move", command, null);
		if (claim.replay()) {
			return StockBook.parseIds(claim.resultRef());
		}
		positive(command.quantity());
		text(command.fromLocationId(), "fromLocationId", 64);
		text(command.toLocationId(), "toLocationId", 64);
		if (command.fromLocationId().equals(command.toLocationId())) {
			throw new InvalidRequest("A move needs two different locations: fromLocationId and toLocationId are the same");
		}
		this.products.require(command.sku());
		Lot lot = this.book.requireLot(command.sku(), command.lotNumber());
		// Both rows in the common (lot, location) order, so moves never deadlock with reservations.
		boolean fromFirst = command.fromLocationId().compareTo(command.toLocationId()) < 0;
		if (!fromFirst) {
			this.book.lock(lot.id(), command.toLocationId());
		}
		this.book.lockAvailable(lot, command.fromLocationId(), command.quantity());
		String reference = "move:" + UUID.randomUUID();
		long out = this.book.post(new Posting(EntryType.MOVE, lot, command.fromLocationId(), -command.quantity(), 0,
				null, null, reference, command.idempotencyKey()));
		long in = this.book.post(new Posting(EntryType.MOVE, lot, command.toLocationId(), command.quantity(), 0, null,
				null, reference, command.idempotencyKey()));
		return done(command.idempotencyKey(), List.of(out, in));
	}

	@Transactional
	public List<Long> adjust(AdjustStock command) {
		Claim claim = this.commands.claim(command.idempotencyKey(), "adjust", command, null);
		if (claim.replay()) {
			return StockBook.parseIds(claim.resultRef());
		}
		if (command.delta() == 0) {
			throw new InvalidRequest("An adjustment needs a non-zero delta");
		}
		text(command.reason(), "reason", 200);
		text(command.locationId(), "locationId", 64);
		this.products.require(command.sku());
		Lot lot = this.book.requireLot(command.sku(), command.lotNumber());
		long id = removeOrAdd(EntryType.ADJUSTMENT, lot, command.locationId(), command.delta(), null,
				command.reason(), null, command.idempotencyKey());
		this.audit.record("inventory.stock.adjusted", "lot:" + command.sku() + "/" + command.lotNumber(),
				java.util.Map.of("locationId", command.locationId(), "delta", command.delta(), "reason",
						command.reason(), "ledgerEntry", id));
		return done(command.idempotencyKey(), List.of(id));
	}

	@Transactional
	public List<Long> scrap(ScrapStock command) {
		Claim claim = this.commands.claim(command.idempotencyKey(), "scrap", command, null);
		if (claim.replay()) {
			return StockBook.parseIds(claim.resultRef());
		}
		positive(command.quantity());
		text(command.reason(), "reason", 200);
		text(command.locationId(), "locationId", 64);
		this.products.require(command.sku());
		Lot lot = this.book.requireLot(command.sku(), command.lotNumber());
		long id = removeOrAdd(EntryType.SCRAP, lot, command.locationId(), -command.quantity(), null, command.reason(),
				null, command.idempotencyKey());
		this.audit.record("inventory.stock.scrapped", "lot:" + command.sku() + "/" + command.lotNumber(),
				java.util.Map.of("locationId", command.locationId(), "quantity", command.quantity(), "reason",
						command.reason(), "ledgerEntry", id));
		return done(command.idempotencyKey(), List.of(id));
	}

	@Transactional
	public List<Long> returnStock(ReturnStock command) {
		Claim claim = this.commands.claim(command.idempotencyKey(), "return", command, null);
		if (claim.replay()) {
			return StockBook.parseIds(claim.resultRef());
		}
		positive(command.quantity());
		text(command.locationId(), "locationId", 64);
		this.products.require(command.sku());
		Lot lot = this.book.requireLot(command.sku(), command.lotNumber());
		long id = this.book.post(new Posting(EntryType.RETURN, lot, command.locationId(), command.quantity(), 0, null,
				command.reason(), null, command.idempotencyKey()));
		return done(command.idempotencyKey(), List.of(id));
	}

	/**
	 * Posts a physical correction (adjustment, scrap, count variance). Stock never goes below zero; if
	 * it goes below what is promised, the promise is taken back from the newest reservations and
	 * backordered.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long removeOrAdd(EntryType type, Lot lot, String locationId, int delta, @Nullable Integer counted,
			String reason, @Nullable String reference, @Nullable String idempotencyKey) {
		int reservedChange = 0;
		if (delta < 0) {
			Row row = this.book.lock(lot.id(), locationId);
			int after = row.onHand() + delta;
			if (after < 0) {
				throw new InsufficientStock(lot.sku(), lot.lotNumber(), locationId, -delta, row.onHand());
			}
			if (after < row.reserved()) {
				reservedChange = -this.shortfalls.takeBack(lot.id(), locationId, row.reserved() - after);
			}
		}
		return this.book.post(new Posting(type, lot, locationId, delta, reservedChange, counted, reason, reference,
				idempotencyKey));
	}

	private List<Long> done(String key, List<Long> ids) {
		this.commands.complete(key, StockBook.formatIds(ids));
		return ids;
	}

	static void positive(int quantity) {
		if (quantity <= 0) {
			throw new InvalidRequest("A quantity must be positive, was " + quantity);
		}
	}

	static void text(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequest(field + " is required");
		}
		if (value.length() > maxLength) {
			throw new InvalidRequest(field + " has at most " + maxLength + " characters");
		}
	}

}
