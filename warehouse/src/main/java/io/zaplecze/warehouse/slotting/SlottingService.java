package io.zaplecze.warehouse.slotting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.WarehouseProperties;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.BinKind;
import io.zaplecze.warehouse.layout.InvalidLayout;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.WrongTemperatureClass;
import io.zaplecze.warehouse.layout.Zone;
import io.zaplecze.warehouse.layout.ZoneGeometry;
import io.zaplecze.warehouse.picking.PickPathMethod;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slots (which product lives in which pick-face bin), the order history they are learnt from, and
 * re-slot plans: proposed by {@link SlottingOptimizer} within a move budget, applied on request.
 */
@Service
@Transactional
public class SlottingService {

	/** Days of demand a pick face holds; sizes the slot a product needs. */
	private static final int FACING_DAYS = 2;

	private final SlotAssignmentRepository slots;

	private final OrderHistoryRepository history;

	private final ReslotProposalRepository proposals;

	private final LayoutService layout;

	private final StockManagement stock;

	private final WarehouseProperties properties;

	private final Clock clock;

	SlottingService(SlotAssignmentRepository slots, OrderHistoryRepository history, ReslotProposalRepository proposals,
			LayoutService layout, StockManagement stock, WarehouseProperties properties, Clock clock) {
		this.slots = slots;
		this.history = history;
		this.proposals = proposals;
		this.layout = layout;
		this.stock = stock;
		this.properties = properties;
		this.clock = clock;
	}

	/** The product's pick-face bin at the site, if it has one. */
	@Transactional(readOnly = true)
	public Optional<String> slotOf(UUID siteId, String sku) {
		return this.slots.findById(new SlotAssignment.Key(siteId, sku)).map(SlotAssignment::binCode);
	}

	/** All slots of a site, SKU to bin code. */
	@Transactional(readOnly = true)
	public Map<String, String> slots(UUID siteId) {
		Map<String, String> map = new LinkedHashMap<>();
		this.slots.findBySite(siteId).forEach((s) -> map.put(s.sku(), s.binCode()));
		return map;
	}

	/** Makes the bin the product's slot (replacing its previous one). */
	public void assign(String siteCode, String sku, String binCode) {
		Site site = this.layout.site(siteCode);
		ProductView product = this.stock.product(sku);
		Bin bin = this.layout.bin(binCode);
		if (!bin.siteId().equals(site.id()) || bin.kind() != BinKind.PICK_FACE || bin.zoneId() == null) {
			throw new InvalidLayout("Bin " + binCode + " is not a pick-face bin of site " + siteCode);
		}
		Zone zone = this.layout.zone(bin.zoneId());
		if (zone.temperatureClass() != product.temperatureClass()) {
			throw new WrongTemperatureClass(sku + " is " + product.temperatureClass() + " but bin " + binCode + " is "
					+ zone.temperatureClass());
		}
		this.slots.findByBinCode(binCode).filter((s) -> !s.sku().equals(sku)).ifPresent((s) -> {
			throw new SlotTaken(binCode, s.sku());
		});
		this.slots.findById(new SlotAssignment.Key(site.id(), sku))
			.ifPresentOrElse((s) -> s.reassign(binCode, this.clock.instant()),
					() -> this.slots.save(new SlotAssignment(site.id(), sku, binCode, this.clock.instant())));
	}

	/** A past order to learn from. */
	public record HistoricalOrder(String orderRef, LocalDate orderedOn, Map<String, Integer> lines) {
	}

	/** Records past orders; an order already recorded (same reference) is skipped. Returns how many were new. */
	public int recordHistory(UUID siteId, List<HistoricalOrder> orders) {
		int added = 0;
		List<OrderHistoryLine> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (HistoricalOrder order : orders) {
			if (!seen.add(order.orderRef()) || this.history.existsBySiteIdAndOrderRef(siteId, order.orderRef())) {
				continue;
			}
			order.lines().forEach((sku, qty) -> rows.add(new OrderHistoryLine(siteId, order.orderRef(), order.orderedOn(), sku, qty)));
			added++;
		}
		this.history.saveAll(rows);
		return added;
	}

	@Transactional(readOnly = true)
	public long historyLines(UUID siteId) {
		return this.history.countBySiteId(siteId);
	}

	/** Proposes a re-slot plan of at most {@code maxMoves} product moves for the site. */
	public UUID propose(String siteCode, int maxMoves) {
		if (maxMoves < 1 || maxMoves > 10_000) {
			throw new InvalidLayout("maxMoves must be between 1 and 10000");
		}
		Site site = this.layout.site(siteCode);
		SlottingProblem problem = problem(site);
		WarehouseProperties.Slotting config = this.properties.slotting();
		ReslotPlan plan = new SlottingOptimizer(rules()).reslot(problem, maxMoves, config.timeLimit(), config.seed());
		return this.proposals.save(new ReslotProposal(site.id(), maxMoves, plan, this.clock.instant())).id();
	}

	/** A stored plan. */
	public record StoredPlan(UUID id, UUID siteId, int maxMoves, String status, ReslotPlan plan) {
	}

	@Transactional(readOnly = true)
	public StoredPlan plan(UUID planId) {
		ReslotProposal p = this.proposals.findById(planId).orElseThrow(() -> new ReslotPlanNotFound(planId));
		return new StoredPlan(p.id(), p.siteId(), p.maxMoves(), p.status().name(), p.plan());
	}

	/**
	 * Applies a plan: slots are re-assigned and the unreserved pick-face stock moves with its product
	 * (inventory moves, idempotent per plan and move).
	 */
	public StoredPlan apply(UUID planId) {
		ReslotProposal proposal = this.proposals.findById(planId).orElseThrow(() -> new ReslotPlanNotFound(planId));
		proposal.applied(this.clock.instant());
		ReslotPlan plan = proposal.plan();
		Map<String, String> target = new HashMap<>();
		plan.moves().forEach((m) -> target.put(m.sku(), m.toBin()));
		// Free the bins first so that swaps do not trip the one-product-per-bin rule.
		for (ReslotPlan.Move move : plan.moves()) {
			this.slots.findById(new SlotAssignment.Key(proposal.siteId(), move.sku())).ifPresent(this.slots::delete);
		}
		this.slots.flush();
		int position = 0;
		for (ReslotPlan.Move move : plan.moves()) {
			this.slots.save(new SlotAssignment(proposal.siteId(), move.sku(), move.toBin(), this.clock.instant()));
			if (move.fromBin() != null) {
				for (StockLevel level : this.stock.stockAt(move.fromBin())) {
					if (level.sku().equals(move.sku()) && level.available() > 0) {
						this.stock.move(new MoveStock("reslot-" + planId + "-" + position + "-" + level.lotNumber(), move.sku(),
								level.lotNumber(), move.fromBin(), move.toBin(), level.available()));
					}
				}
			}
			position++;
		}
		return plan(planId);
	}

	SlottingRules rules() {
		WarehouseProperties.Slotting c = this.properties.slotting();
		return new SlottingRules(c.heavyUnitWeightGrams(), c.heavyMaxLevel(), c.goldenLevels(), c.offGoldenPenaltyMeters(),
				PickPathMethod.LARGEST_GAP);
	}

	// Assembles the planning model from the layout, the slots, the history and the catalogue.
	SlottingProblem problem(Site site) {
		Map<UUID, ZoneGeometry> geometry = this.layout.geometry(site.id());
		List<SlottingProblem.Zone> zones = new ArrayList<>();
		List<SlottingProblem.Bin> bins = new ArrayList<>();
		for (ZoneGeometry g : geometry.values()) {
			zones.add(new SlottingProblem.Zone(g.zone().code(), g.layout()));
		}
		for (Bin bin : this.layout.bins(site.id())) {
			if (bin.kind() == BinKind.PICK_FACE && bin.zoneId() != null) {
				ZoneGeometry g = geometry.get(bin.zoneId());
				bins.add(new SlottingProblem.Bin(bin.code(), g.zone().code(), g.point(bin), bin.level(),
						g.zone().temperatureClass(), bin.capacityVolumeCm3(), bin.capacityWeightGrams()));
			}
		}
		LocalDate today = LocalDate.now(this.clock.withZone(site.zoneId()));
		LocalDate since = today.minusDays(this.properties.slotting().historyDays());
		Map<String, List<String>> orders = new LinkedHashMap<>();
		Map<String, Long> units = new HashMap<>();
		Set<LocalDate> days = new HashSet<>();
		for (OrderHistoryLine line : this.history.findSince(site.id(), since)) {
			orders.computeIfAbsent(line.orderRef(), (k) -> new ArrayList<>()).add(line.sku());
			units.merge(line.sku(), (long) line.quantity(), Long::sum);
			days.add(line.orderedOn());
		}
		Map<String, String> current = slots(site.id());
		Set<String> skuCodes = new HashSet<>(units.keySet());
		skuCodes.addAll(current.keySet());
		int dayCount = Math.max(1, days.size());
		List<SlottingProblem.Sku> skus = new ArrayList<>();
		for (ProductView product : this.stock.products(skuCodes)) {
			long dailyUnits = (long) Math.ceil(units.getOrDefault(product.sku(), 0L) / (double) dayCount);
			long facing = Math.max(1, FACING_DAYS * dailyUnits);
			skus.add(new SlottingProblem.Sku(product.sku(), product.temperatureClass(), facing * product.volumeCm3(),
					facing * product.weightGrams(), product.weightGrams()));
		}
		skus.sort(java.util.Comparator.comparing(SlottingProblem.Sku::sku));
		return new SlottingProblem(zones, bins, skus, new ArrayList<>(orders.values()), current);
	}

}
