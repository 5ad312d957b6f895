package io.zaplecze.inventory.replenishment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.LotExpiring;
import io.zaplecze.inventory.command.CommandLog;
import io.zaplecze.inventory.command.CommandLog.Claim;
import io.zaplecze.inventory.ledger.EntryType;
import io.zaplecze.inventory.ledger.StockBook;
import io.zaplecze.inventory.ledger.StockBook.Lot;
import io.zaplecze.inventory.ledger.StockBook.Posting;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;
import io.zaplecze.inventory.web.Paging;
import io.zaplecze.platform.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expiry: the report of lots expiring within N days, the scan that raises {@link LotExpiring} once
 * per lot, and scrapping expired stock in one command. Expired lots (expiry date before today in the
 * warehouses' zone) are never allocated: the allocator's cut-off excludes them.
 */
@Service
class Expiry {

	static final String EXPIRED = "EXPIRED";

	private final JdbcClient jdbc;

	private final StockBook book;

	private final CommandLog commands;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InventoryProperties properties;

	private final AuditTrail audit;

	Expiry(JdbcClient jdbc, StockBook book, CommandLog commands, ApplicationEventPublisher events, Clock clock,
			InventoryProperties properties, AuditTrail audit) {
		this.jdbc = jdbc;
		this.book = book;
		this.commands = commands;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
		this.audit = audit;
	}

	/**
	 * A lot with stock that expires soon or has expired.
	 *
	 * @param sku the product
	 * @param name the product's name
	 * @param lotNumber the lot
	 * @param expiryDate its expiry
	 * @param daysLeft days until expiry (negative: expired)
	 * @param expired whether it is past its expiry (blocked from allocation)
	 * @param onHand units on hand
	 * @param reserved units promised
	 */
	record ExpiringLot(String sku, String name, String lotNumber, LocalDate expiryDate, int daysLeft, boolean expired,
			long onHand, long reserved) {
	}

	/**
	 * What scrapping expired stock did.
	 *
	 * @param ledgerEntryIds the SCRAP entries posted
	 * @param unitsScrapped units written off
	 * @param unitsStillReserved expired units left in place because reservations hold them (release those first)
	 */
	record ScrapResult(List<Long> ledgerEntryIds, long unitsScrapped, long unitsStillReserved) {
	}

	@Transactional(readOnly = true)
	PageResponse<ExpiringLot> expiring(int withinDays, PageRequest page) {
		if (withinDays < 0 || withinDays > 3650) {
			throw new InvalidRequest("withinDays is 0-3650");
		}
		LocalDate today = this.properties.today(this.clock);
		String from = """
				FROM inventory.lot l JOIN inventory.product p ON p.sku = l.sku JOIN inventory.stock s ON s.lot_id = l.id
				WHERE l.expiry_date <= :horizon
				GROUP BY l.id, p.name HAVING SUM(s.on_hand) > 0""";
		return Paging.page(this.jdbc, "SELECT count(*) FROM (SELECT l.id " + from + ") t",
				"SELECT l.sku, p.name, l.lot_number, l.expiry_date, "
						+ "(l.expiry_date - CAST(:today AS date)) AS days_left, l.expiry_date < :today AS expired, "
						+ "SUM(s.on_hand) AS on_hand, SUM(s.reserved) AS reserved " + from
						+ " ORDER BY l.expiry_date, l.sku, l.lot_number",
				Paging.filters().addValue("today", today).addValue("horizon", today.plusDays(withinDays)),
				new DataClassRowMapper<>(ExpiringLot.class), page);
	}

	/**
	 * Raises {@link LotExpiring} for every lot with stock within the warning horizon that was not
	 * reported yet for its expiry date; running it again raises nothing new.
	 * @return the events raised
	 */
	@Transactional
	List<LotExpiring> scan() {
		LocalDate today = this.properties.today(this.clock);
		List<LotExpiring> raised = this.jdbc.sql("""
				WITH due AS (
				    SELECT l.id, l.sku, l.lot_number, l.expiry_date, SUM(s.on_hand) AS on_hand, SUM(s.reserved) AS reserved
				    FROM inventory.lot l JOIN inventory.stock s ON s.lot_id = l.id
				    WHERE l.expiry_date <= :horizon
				    GROUP BY l.id HAVING SUM(s.on_hand) > 0),
				noticed AS (
				    INSERT INTO inventory.lot_expiry_notice (lot_id, expiry_date, notified_at)
				    SELECT id, expiry_date, :now FROM due
				    ON CONFLICT (lot_id, expiry_date) DO NOTHING
				    RETURNING lot_id)
				SELECT d.sku, d.lot_number, d.expiry_date, d.expiry_date - CAST(:today AS date) AS days_left, d.on_hand, d.reserved
				FROM due d JOIN noticed n ON n.lot_id = d.id
				ORDER BY d.expiry_date, d.sku, d.lot_number""")
			.param("horizon", today.plusDays(this.properties.expiry().warningDays()))
			.param("now", OffsetDateTime.now(this.clock))
			.param("today", today)
			.query(LotExpiring.class)
			.list();
		raised.forEach(this.events::publishEvent);
		return raised;
	}

	/** Writes off every unreserved unit of every expired lot (ledger SCRAP, reason EXPIRED). */
	@Transactional
	ScrapResult scrapExpired(String idempotencyKey, @Nullable String siteId) {
		Claim claim = this.commands.claim(idempotencyKey, "scrap-expired", String.valueOf(siteId), null);
		LocalDate today = this.properties.today(this.clock);
		String site = (siteId != null && !siteId.isBlank()) ? siteId : null;
		record Expired(long lotId, String sku, String lotNumber, LocalDate expiryDate, String locationId, int onHand,
				int reserved) {
		}
		List<Expired> rows = this.jdbc.sql("""
				SELECT l.id AS lot_id, l.sku, l.lot_number, l.expiry_date, s.location_id, s.on_hand, s.reserved
				FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
				WHERE l.expiry_date < :today AND s.on_hand > 0
				  AND (CAST(:site AS text) IS NULL OR split_part(s.location_id, :sep, 1) = :site)
				ORDER BY s.lot_id, s.location_id
				FOR UPDATE OF s""")
			.param("today", today)
			.param("site", site, java.sql.Types.VARCHAR)
			.param("sep", this.properties.siteSeparator())
			.query(Expired.class)
			.list();
		if (claim.replay()) {
			List<Long> ids = StockBook.parseIds(claim.resultRef());
			long units = this.book.entries(ids).stream().mapToLong(e -> -e.quantity()).sum();
			return new ScrapResult(ids, units, rows.stream().mapToLong(Expired::reserved).sum());
		}
		List<Long> ids = new ArrayList<>();
		long scrapped = 0;
		long held = 0;
		for (Expired row : rows) {
			int quantity = row.onHand() - row.reserved();
			held += row.reserved();
			if (quantity > 0) {
				Lot lot = new Lot(row.lotId(), row.sku(), row.lotNumber(), row.expiryDate(), false);
				ids.add(this.book.post(new Posting(EntryType.SCRAP, lot, row.locationId(), -quantity, 0, null, EXPIRED,
						"scrap-expired", idempotencyKey)));
				scrapped += quantity;
			}
		}
		this.commands.complete(idempotencyKey, StockBook.formatIds(ids));
		Map<String, Object> details = new HashMap<>();
		details.put("siteId", site);
		details.put("units", scrapped);
		details.put("heldReserved", held);
		details.put("ledgerEntries", ids.size());
		this.audit.record("inventory.stock.expired-scrapped", "site:" + (site != null ? site : "*"), details);
		return new ScrapResult(ids, scrapped, held);
	}

}
