package io.zaplecze.warehouse.floor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockControl;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.platform.DemoDay;
import io.zaplecze.platform.DomainFailure;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.testsupport.RealServices;
import io.zaplecze.warehouse.WarehouseTestFixtures;
import io.zaplecze.warehouse.claims.TaskClaims;
import io.zaplecze.warehouse.claims.TaskTaken;
import io.zaplecze.warehouse.claims.TaskType;
import io.zaplecze.warehouse.labels.LabelFormat;
import io.zaplecze.warehouse.labels.LabelFormats;
import io.zaplecze.warehouse.labels.WrongScan;
import io.zaplecze.warehouse.layout.BinKind;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.loading.LoadingFloor;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OrderStatus;
import io.zaplecze.warehouse.order.OutboundOrder;
import io.zaplecze.warehouse.picking.PickFloor;
import io.zaplecze.warehouse.picking.WaveService;
import io.zaplecze.warehouse.putaway.PutawayGuide;
import io.zaplecze.warehouse.putaway.PutawayService;
import io.zaplecze.warehouse.receiving.ReceivingFloor;
import io.zaplecze.warehouse.receiving.ReceivingService;
import io.zaplecze.warehouse.replenishment.ReplenishmentTasks;
import io.zaplecze.warehouse.slotting.SlottingService;
import io.zaplecze.warehouse.supervisor.SupervisorBoard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The floor APIs with the real inventory module on a fresh real database (only the road network
 * mocked): receiving by scan with a shelf-life check and a damaged unit in quarantine, putaway with
 * a reason for another bin, picking by scan with wrong scans refused and a short pick, packing,
 * loading in reverse stop order, replenishment tasks, label formats and task claims.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "inventory" })
@RealServices
class FloorIntegrationTests {

	static final String TUNA = "AMB-TUNA-CAN-170"; // FEFO, 180 days minimum shelf life, 4.6 kg

	static final String SUGAR = "AMB-SUGAR-1K"; // FIFO, no expiry needed

	static final String TUNA_GTIN = "5900000000017";

	@MockitoBean
	RoadNetworkManagement roads;

	@Autowired
	List<DemoDay> demoDays;

	@Autowired
	LayoutService layout;

	@Autowired
	StockManagement stock;

	@Autowired
	StockControl control;

	@Autowired
	LabelFormats labels;

	@Autowired
	ReceivingService receiving;

	@Autowired
	ReceivingFloor receivingFloor;

	@Autowired
	PutawayService putaway;

	@Autowired
	PutawayGuide putawayGuide;

	@Autowired
	OrderService orders;

	@Autowired
	WaveService waves;

	@Autowired
	PickFloor picking;

	@Autowired
	LoadingFloor loading;

	@Autowired
	ReplenishmentTasks replenishment;

	@Autowired
	SlottingService slotting;

	@Autowired
	TaskClaims claims;

	@Autowired
	SupervisorBoard supervisor;

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	Site site;

	@BeforeEach
	void site() {
		this.demoDays.stream().filter((d) -> d.order() < 200).forEach((d) -> d.seed(this.today));
		String code = "F" + Integer.toHexString(0x1000 + (int) (Math.random() * 0xEFFF)).toUpperCase();
		this.site = WarehouseTestFixtures.site(this.layout, code);
		this.labels.registerBarcode(TUNA_GTIN, TUNA);
	}

	@Test
	void aDeliveryIsReceivedPutAwayPickedWithAShortPickPackedAndLoadedByScans() {
		String s = this.site.code();
		UUID delivery = this.receiving.announce(s, "PO-" + s, "Supplier", this.today, false, Map.of(TUNA, 20, SUGAR, 10));

		// Expiry too close for a product that needs 180 days: refused, nothing booked.
		assertThatThrownBy(() -> this.receivingFloor.receive(delivery, "r0-" + s, TUNA_GTIN, "L1", this.today.plusDays(10), 19, 1))
			.isInstanceOf(DomainFailure.class)
			.hasMessageContaining("needs at least 180 days");
		assertThatThrownBy(() -> this.receivingFloor.receive(delivery, "r0b-" + s, "NO-SUCH-CODE", "L1", null, 1, 0))
			.isInstanceOf(WrongScan.class);
		assertThat(this.receiving.delivery(delivery).receipts()).isEmpty();

		this.receivingFloor.receive(delivery, "r1-" + s, TUNA_GTIN, "L1", this.today.plusDays(300), 19, 1);
		ReceivingFloor.DeliveryProgress progress = this.receivingFloor.receive(delivery, "r2-" + s, SUGAR, "S1", null, 12, 0);
		assertThat(progress.lines()).anySatisfy((l) -> {
			assertThat(l.sku()).isEqualTo(SUGAR);
			assertThat(l.over()).isEqualTo(2);
		});
		assertThat(this.stock.stockAt(this.site.quarantineLocation())).singleElement()
			.satisfies((q) -> assertThat(q.onHand()).isEqualTo(1));

		// Putaway: anna takes the next task, ben is told it is taken; scans decide.
		PutawayGuide.PutawayStep step = this.putawayGuide.next(s, "anna").orElseThrow();
		assertThat(step.suggested()).isNotNull();
		assertThat(step.why()).anySatisfy((w) -> assertThat(w).contains("AMBIENT"));
		assertThat(step.alternatives()).isNotEmpty();
		assertThatThrownBy(() -> this.putawayGuide.take(step.task().id(), "ben")).isInstanceOf(TaskTaken.class)
			.hasMessageContaining("taken by anna");
		assertThatThrownBy(() -> this.putawayGuide.confirm(step.task().id(), "NOT-A-BIN", null, "anna"))
			.isInstanceOf(WrongScan.class);
		String other = step.alternatives().get(0).code();
		assertThatThrownBy(() -> this.putawayGuide.confirm(step.task().id(), other, " ", "anna"))
			.hasMessageContaining("choose a reason");
		assertThat(this.putaway.task(step.task().id()).status()).isEqualTo("OPEN");
		this.putawayGuide.confirm(step.task().id(), step.suggested().code(), null, "anna");
		PutawayGuide.PutawayStep second = this.putawayGuide.next(s, "anna").orElseThrow();
		String elsewhere = second.alternatives().get(0).code();
		assertThat(this.putawayGuide.confirm(second.task().id(), elsewhere, "Suggested bin blocked by a pallet", "anna")
			.confirmedBin()).isEqualTo(elsewhere);
		assertThat(this.putawayGuide.next(s, "anna")).isEmpty();
		assertThat(this.receiving.close(delivery).discrepancies()).extracting(ReceivingService.DiscrepancyView::kind)
			.contains("DAMAGED", "OVER");

		// Two orders on one route: stop 1 and stop 2. The quarantined unit is never allocated.
		OutboundOrder first = order("A", Map.of(TUNA, 5));
		OutboundOrder second2 = order("B", Map.of(TUNA, 4, SUGAR, 2));
		assertThat(first.lines()).allSatisfy((l) -> assertThat(l.allocations())
			.allSatisfy((a) -> assertThat(a.locationId()).isNotEqualTo(this.site.quarantineLocation())));
		RoutePlanPublished plan = plan(List.of(first, second2));
		this.waves.planPublished(plan);
		UUID routeId = plan.routes().get(0).routeId();
		List<PickFloor.RouteWaves> routes = this.picking.routes(s, this.today);
		assertThat(routes).singleElement().satisfies((r) -> assertThat(r.routeId()).isEqualTo(routeId));
		UUID wave = routes.get(0).waves().get(0).id();
		PickFloor.PickList list = this.picking.take(wave, "anna");
		assertThat(list.lines()).isSortedAccordingTo((a, b) -> Integer.compare(a.sequence(), b.sequence()));
		assertThat(list.lines()).allSatisfy((l) -> assertThat(l.aisle()).isNotNull());
		PickFloor.PickLine line = list.lines().stream().filter((l) -> l.sku().equals(TUNA)).findFirst().orElseThrow();
		assertThat(line.lotNumber()).isEqualTo("L1");
		assertThat(line.expiryDate()).isEqualTo(this.today.plusDays(300));

		// Wrong scans are refused and change nothing; ben cannot pick anna's wave.
		int before = onHand(line.bin(), TUNA);
		String otherBin = this.layout.bins(this.site.id()).stream().map((b) -> b.code()).filter((c) -> !c.equals(line.bin()))
			.filter((c) -> c.startsWith(s + "-A")).findFirst().orElseThrow();
		assertThatThrownBy(() -> this.picking.confirm(line.taskId(), otherBin, TUNA_GTIN, "L1", line.quantity(), null, "anna"))
			.isInstanceOf(WrongScan.class).hasMessageContaining("Wrong bin");
		assertThatThrownBy(() -> this.picking.confirm(line.taskId(), line.bin(), SUGAR, "L1", line.quantity(), null, "anna"))
			.isInstanceOf(WrongScan.class).hasMessageContaining("Wrong product");
		assertThatThrownBy(() -> this.picking.confirm(line.taskId(), line.bin(), TUNA_GTIN, "L2", line.quantity(), null, "anna"))
			.isInstanceOf(WrongScan.class).hasMessageContaining("Wrong lot");
		assertThatThrownBy(() -> this.picking.confirm(line.taskId(), line.bin(), TUNA, "L1", line.quantity(), null, "ben"))
			.isInstanceOf(TaskTaken.class).hasMessageContaining("taken by anna");
		assertThat(onHand(line.bin(), TUNA)).isEqualTo(before);
		assertThat(this.picking.pickList(wave).lines()).allSatisfy((l) -> assertThat(l.status()).isEqualTo("OPEN"));

		// A short pick: the bin is counted, the rest is picked elsewhere or the order is at risk.
		PickFloor.PickOutcome shorted = this.picking.confirm(line.taskId(), line.bin(), TUNA_GTIN, "L1", line.quantity() - 1,
				"short-" + s, "anna");
		assertThat(shorted.shortPick()).isNotNull();
		assertThat(shorted.shortPick().missing()).isEqualTo(1);
		assertThat(shorted.shortPick().next()).isNotEmpty();
		assertThat(this.control.openCounts(s)).anySatisfy((c) -> {
			assertThat(c.id()).isEqualTo(shorted.shortPick().countTaskId());
			assertThat(c.locationId()).isEqualTo(line.bin());
			assertThat(c.reason()).contains("Short pick");
		});
		for (int round = 0; round < 3; round++) {
			for (PickFloor.RouteWaves r : this.picking.routes(s, this.today)) {
				for (PickFloor.WaveSummary w : r.waves()) {
					for (PickFloor.PickLine l : this.picking.pickList(w.id()).lines()) {
						if (l.status().equals("OPEN")) {
							this.picking.confirm(l.taskId(), l.bin(), l.sku(), l.lotNumber(), l.quantity(), null, "anna");
						}
					}
				}
			}
		}
		assertThat(this.orders.orders(List.of(first.id(), second2.id()))).allSatisfy(
				(o) -> assertThat(o.status()).isEqualTo(OrderStatus.PICKED));

		// Packing: each unit's label scanned at the packing station.
		LoadingFloor.PackingList packing = this.loading.packing(routeId);
		packing.orders().forEach((o) -> o.units().forEach((u) -> this.loading.seal(routeId, u.unit().label(), "anna")));
		assertThat(this.loading.packing(routeId).orders()).allSatisfy((o) -> assertThat(o.units()).isNotEmpty()
			.allSatisfy((u) -> assertThat(u.sealed()).isTrue()));

		// Loading: the right door, last stop first; closing with a unit out is refused.
		LoadingFloor.LoadingProgress loadingList = this.loading.progress(routeId);
		String door = loadingList.dockDoor();
		assertThat(door).isNotNull();
		String stopOneUnit = packing.orders().get(0).units().get(0).unit().label();
		assertThatThrownBy(() -> this.loading.scan(routeId, "D9", stopOneUnit, "anna")).isInstanceOf(WrongScan.class)
			.hasMessageContaining("loads at door " + door);
		assertThatThrownBy(() -> this.loading.scan(routeId, door, stopOneUnit, "anna"))
			.hasMessageContaining("last stop is loaded first");
		assertThatThrownBy(() -> this.loading.scan(routeId, door, "XX-99", "anna")).isInstanceOf(WrongScan.class);
		assertThatThrownBy(() -> this.loading.complete(routeId)).hasMessageContaining("not in vehicle");
		LoadingFloor.LoadingProgress now = loadingList;
		while (now.next() != null) {
			now = this.loading.scan(routeId, door, now.next().step().item().label(), "anna");
		}
		assertThat(now.loaded()).isTrue();
		assertThat(this.orders.orders(List.of(first.id(), second2.id()))).allSatisfy(
				(o) -> assertThat(o.status()).isEqualTo(OrderStatus.LOADED));

		SupervisorBoard.Board board = this.supervisor.board(s, this.today);
		assertThat(board.openTasks()).containsEntry("PICK", 0).containsEntry("PUTAWAY", 0);
		assertThat(board.openTasks().get("COUNT")).isGreaterThanOrEqualTo(1);
		assertThat(board.waves()).allSatisfy((w) -> assertThat(w.status()).isEqualTo("DONE"));
		assertThat(this.stock.reconciliation().consistent()).isTrue();
	}

	@Test
	void stockInQuarantineIsNeverAllocated() {
		String s = this.site.code();
		UUID delivery = this.receiving.announce(s, "PO-Q-" + s, "Supplier", this.today, false, Map.of(SUGAR, 6));
		this.receiving.receive(delivery, "q-" + s, SUGAR, "Q-" + s, null, 3, 3);
		// Asking for far more than exists takes every allocatable unit, but none in quarantine.
		Allocation allocation = this.stock.reserve(new ReserveStock("q-res-" + s, UUID.randomUUID(), "1", SUGAR, 1_000_000,
				this.today));
		try {
			assertThat(allocation.lots()).anySatisfy((l) -> assertThat(l.locationId()).isEqualTo(this.site.receivingLocation()));
			assertThat(allocation.lots()).noneSatisfy((l) -> assertThat(l.locationId()).isEqualTo(this.site.quarantineLocation()));
		}
		finally {
			this.stock.release(allocation.reservationId(), "q-rel-" + s);
		}
	}

	@Test
	void replenishmentRefillsAPickFaceFromReserveByScan() {
		String s = this.site.code();
		String face = s + "-A-01-01-1";
		String reserve = s + "-A-01-01-3";
		this.layout.addBin(s, new LayoutService.NewBin(reserve, "A", BinKind.RESERVE, "A1", 1, 3, 1.0, 3.35, 1_000_000,
				1_000_000));
		this.slotting.assign(s, TUNA, face);
		this.stock.receive(new ReceiveStock("rep-" + s, TUNA, "R-" + s, this.today.plusDays(400), 40, reserve));

		List<ReplenishmentTasks.TaskView> tasks = this.replenishment.generate(s);
		assertThat(tasks).singleElement().satisfies((t) -> {
			assertThat(t.fromBin()).isEqualTo(reserve);
			assertThat(t.toBin()).isEqualTo(face);
			assertThat(t.quantity()).isEqualTo(40);
		});
		assertThat(this.replenishment.generate(s)).hasSize(1);
		UUID id = tasks.get(0).id();
		this.replenishment.take(id, "carl");
		assertThatThrownBy(() -> this.replenishment.take(id, "dora")).hasMessageContaining("taken by carl");
		assertThatThrownBy(() -> this.replenishment.confirm(id, reserve, TUNA, s + "-A-02-01-1", "carl"))
			.isInstanceOf(WrongScan.class).hasMessageContaining("pick face is " + face);
		assertThat(onHand(reserve, TUNA)).isEqualTo(40);
		assertThat(this.replenishment.confirm(id, reserve, TUNA_GTIN, face, "carl").status()).isEqualTo("DONE");
		assertThat(onHand(face, TUNA)).isEqualTo(40);
		assertThat(onHand(reserve, TUNA)).isZero();
	}

	@Test
	void aSiteLabelFormatReadsPrefixedCodesAndRefusesOthers() {
		this.labels.setFormat(this.site, new LabelFormat("BIN:(?<code>.+)", "(?:\\(01\\)|01)?0?(?<code>\\d{13})", LabelFormat.PLAIN, "(?:\\(10\\)|10)(?<code>.+)"));
		String bin = this.site.code() + "-A-01-01-1";
		assertThat(this.labels.bin(this.site, "BIN:" + bin).code()).isEqualTo(bin);
		assertThatThrownBy(() -> this.labels.bin(this.site, bin)).isInstanceOf(WrongScan.class);
		assertThat(this.labels.sku(this.site, "(01)0" + TUNA_GTIN)).isEqualTo(TUNA);
		assertThat(this.labels.lot(this.site, "10L42")).isEqualTo("L42");
		assertThatThrownBy(() -> new LabelFormat("BIN:.+", LabelFormat.PLAIN, LabelFormat.PLAIN, LabelFormat.PLAIN))
			.hasMessageContaining("named group 'code'");
		assertThatThrownBy(() -> new LabelFormat("(", LabelFormat.PLAIN, LabelFormat.PLAIN, LabelFormat.PLAIN))
			.hasMessageContaining("not a regular expression");
	}

	@Test
	void ofTwoPeopleTakingTheSameTaskAtOnceTheSecondIsToldWhoHasIt() throws Exception {
		UUID task = UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (String person : List.of("eva", "finn")) {
			Callable<String> claim = () -> {
				start.await();
				try {
					return this.claims.claim(TaskType.PUTAWAY, task, this.site.id(), person).by();
				}
				catch (TaskTaken ex) {
					return ex.getMessage();
				}
			};
			results.add(pool.submit(claim));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> f : results) {
			outcomes.add(f.get());
		}
		pool.shutdown();
		String winner = this.claims.holderName(TaskType.PUTAWAY, task);
		assertThat(outcomes).containsOnlyOnce(winner).anySatisfy((o) -> assertThat(o).startsWith("Task taken by " + winner));
	}

	private int onHand(String bin, String sku) {
		return this.stock.stockAt(bin).stream().filter((l) -> l.sku().equals(sku)).mapToInt(StockLevel::onHand).sum();
	}

	private OutboundOrder order(String customer, Map<String, Integer> lines) {
		Instant from = this.site.opening(this.today).plusSeconds(3 * 3_600);
		return this.orders.create(new OrderService.NewOrder(this.site.code(), null, customer + " " + this.site.code(),
				"ul. Prosta 1", new GeoPoint(52.2, 21.0), this.today, List.of(new TimeWindow(from, from.plusSeconds(14_400))),
				null, lines), null);
	}

	private RoutePlanPublished plan(List<OutboundOrder> stopsInOrder) {
		Instant departure = this.site.opening(this.today).plusSeconds(3 * 3_600);
		List<RoutePlanPublished.Stop> stops = new ArrayList<>();
		for (int i = 0; i < stopsInOrder.size(); i++) {
			OutboundOrder o = stopsInOrder.get(i);
			stops.add(new RoutePlanPublished.Stop(UUID.randomUUID(), o.id(), i + 1, o.location(),
					departure.plusSeconds(900L * (i + 1)), departure.plusSeconds(900L * (i + 1) + o.serviceSeconds()),
					o.windows(), o.serviceSeconds()));
		}
		return new RoutePlanPublished(UUID.randomUUID(), 1, this.today, Instant.now(), List.of(new RoutePlanPublished.Route(
				UUID.randomUUID(), "VAN-" + this.site.code(), false, this.site.id(), this.site.location(), departure,
				departure.plusSeconds(6 * 3_600), 60_000, 7_200, stops)));
	}


}
