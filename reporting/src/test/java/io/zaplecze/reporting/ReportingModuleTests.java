package io.zaplecze.reporting;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.BackorderCreated;
import io.zaplecze.inventory.ExceptionHandling;
import io.zaplecze.inventory.LotExpiring;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.ProductPrices;
import io.zaplecze.inventory.StockFigures;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.StockReserved;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.reporting.alert.Alerts;
import io.zaplecze.reporting.alert.Alerts.Kind;
import io.zaplecze.reporting.alert.Tasks;
import io.zaplecze.reporting.report.DeliveryReport;
import io.zaplecze.reporting.report.Reports;
import io.zaplecze.reporting.webhook.Webhooks;
import io.zaplecze.testsupport.RealServices;
import io.zaplecze.tracking.DeliveryAttempted;
import io.zaplecze.tracking.DeliveryDelayed;
import io.zaplecze.warehouse.OrderManagement;
import io.zaplecze.warehouse.OrderManagement.Redelivery;
import io.zaplecze.warehouse.OrderManagement.ShipmentView;
import io.zaplecze.warehouse.PickShortageReported;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every consumer of the reporting module: an event in, its visible effect out (alerts, tasks, the
 * webhook over real HTTP, the rollup and the report), on a fresh real database; the warehouse's and
 * inventory's facades are mocked (their own tests cover what they do when called).
 */
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@RealServices
class ReportingModuleTests {

	private static final String SECRET = "test-secret-0123456789";

	private static final HttpServer RECEIVER;

	private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private static final List<String[]> RECEIVED = new CopyOnWriteArrayList<>();

	static {
		try {
			RECEIVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		// The front office's endpoint: the first call of each delivery fails (500), its retry is accepted.
		RECEIVER.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int status = SEEN.add(exchange.getRequestHeaders().getFirst("X-Zaplecze-Delivery")) ? 500 : 204;
			if (status == 204) {
				RECEIVED.add(new String[] { exchange.getRequestHeaders().getFirst("X-Zaplecze-Signature"), body });
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		RECEIVER.start();
	}

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("zaplecze.reporting.webhook.url",
				() -> "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/hook");
		registry.add("zaplecze.reporting.webhook.secret", () -> SECRET);
		registry.add("zaplecze.reporting.webhook.initial-backoff", () -> "200ms");
		registry.add("zaplecze.reporting.webhook.poll-interval", () -> "100ms");
	}

	@AfterAll
	static void stopReceiver() {
		RECEIVER.stop(0);
	}

	@MockitoBean
	OrderManagement orders;

	@MockitoBean
	ExceptionHandling inventory;

	@MockitoBean
	StockManagement stock;

	@MockitoBean
	StockFigures figures;

	@MockitoBean
	ProductPrices prices;

	@Autowired
	Alerts alerts;

	@Autowired
	Tasks tasks;

	@Autowired
	Reports reports;

	@Autowired
	Webhooks webhooks;

	@Autowired
	io.zaplecze.reporting.stock.StockReports stockReports;

	@Autowired
	MockMvc mvc;

	private ShipmentView shipment(UUID id, String number, LocalDate day, UUID routeId) {
		ShipmentView view = new ShipmentView(id, number, "RPT", day, "Kowalska", routeId, "VAN-07", List.of());
		given(this.orders.shipment(id)).willReturn(Optional.of(view));
		return view;
	}

	@Test
	void aDelayRaisesADispatcherAlertWithThePredictedLatenessASignedRetriedWebhookAndThenAReplanSuggestion(
			Scenario scenario) throws Exception {
		LocalDate day = LocalDate.of(2031, 5, 6);
		UUID route = UUID.randomUUID();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		shipment(first, "D-1", day, route);
		shipment(second, "D-2", day, route);
		Instant windowEnd = Instant.parse("2031-05-06T10:00:00Z");

		scenario.publish(new DeliveryDelayed("VAN-07", route, UUID.randomUUID(), first, windowEnd.plusSeconds(17 * 60), windowEnd))
			.andWaitForStateChange(() -> this.alerts.list(day, Kind.DELAY, null, false), l -> !l.isEmpty())
			.andVerify(list -> {
				assertThat(list).singleElement().satisfies(a -> {
					assertThat(a.detail()).containsEntry("predictedLatenessMinutes", 17).containsEntry("orderNumber", "D-1");
					assertThat(a.title()).contains("17 min");
				});
				assertThat(this.alerts.list(day, Kind.REPLAN_SUGGESTED, null, false)).isEmpty();
			});
		scenario.publish(new DeliveryDelayed("VAN-07", route, UUID.randomUUID(), second, windowEnd.plusSeconds(300), windowEnd))
			.andWaitForStateChange(() -> this.alerts.list(day, Kind.REPLAN_SUGGESTED, null, false), l -> !l.isEmpty())
			.andVerify(list -> assertThat(list).singleElement().satisfies(a -> assertThat(a.detail()).containsEntry("lateStops", 2)));

		// The webhook: the first POST got 500, the retry after the back-off is delivered and signed.
		scenario.stimulate(() -> null)
			.andWaitForStateChange(() -> RECEIVED.stream().filter(r -> r[1].contains("D-1")).findFirst(), Optional::isPresent)
			.andVerify(received -> {
				String[] r = received.orElseThrow();
				String t = r[0].substring(2, r[0].indexOf(','));
				assertThat(r[0]).isEqualTo("t=" + t + ",v1=" + Webhooks.sign(SECRET, Long.parseLong(t), r[1]));
				assertThat(r[1]).contains("\"type\":\"delivery.delayed\"");
			});
		assertThat(this.webhooks.log(50, null)).filteredOn(d -> d.payload().contains("D-1"))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.status()).isEqualTo("DELIVERED");
				assertThat(d.attempts()).isEqualTo(2);
				assertThat(d.lastStatus()).isEqualTo(204);
			});
	}

	@Test
	void aShortPickAsksForACountOfTheBinAndFlagsTheOrderAndRouteToTheDispatcher(Scenario scenario) {
		LocalDate day = LocalDate.of(2031, 5, 7);
		UUID route = UUID.randomUUID();
		UUID id = UUID.randomUUID();
		shipment(id, "S-1", day, route);
		given(this.inventory.requestCount("RPT-A-01-02-1")).willReturn(true);

		scenario.publish(new PickShortageReported(id, "S-1", "RICE-1KG", 5, 2, "RPT-A-01-02-1", Instant.parse("2031-05-07T06:30:00Z")))
			.andWaitForStateChange(() -> this.alerts.list(day, Kind.SHORT_PICK, null, false), l -> !l.isEmpty())
			.andVerify(list -> assertThat(list).singleElement().satisfies(a -> {
				assertThat(a.routeId()).isEqualTo(route);
				assertThat(a.shipmentId()).isEqualTo(id);
				assertThat(a.detail()).containsEntry("bin", "RPT-A-01-02-1").containsEntry("countTaskCreated", true);
			}));
		verify(this.inventory).requestCount("RPT-A-01-02-1");
	}

	@Test
	void anExpiringLotBecomesAWarehouseTaskToMoveForwardOrScrap(Scenario scenario) {
		given(this.stock.stockOf("MILK-X")).willReturn(List.of(
				new StockLevel("MILK-X", "L-RES", LocalDate.of(2031, 5, 10), "RPT-C-01-02-3", 8, 0),
				new StockLevel("MILK-X", "L-OLD", LocalDate.of(2031, 5, 6), "RPT-C-01-01-1", 3, 1)));

		scenario.publish(new LotExpiring("MILK-X", "L-RES", LocalDate.of(2031, 5, 10), 3, 8, 0))
			.andWaitForStateChange(() -> this.tasks.expiryTasks(true).stream().filter(t -> t.lotNumber().equals("L-RES")).toList(),
					l -> !l.isEmpty())
			.andVerify(l -> assertThat(l).singleElement().satisfies(t -> {
				assertThat(t.action()).isEqualTo(Tasks.Action.MOVE_FORWARD);
				assertThat(t.locations()).containsExactly("RPT-C-01-02-3");
			}));
		scenario.publish(new LotExpiring("MILK-X", "L-OLD", LocalDate.of(2031, 5, 6), 0, 3, 1))
			.andWaitForStateChange(() -> this.tasks.expiryTasks(true).stream().filter(t -> t.lotNumber().equals("L-OLD")).toList(),
					l -> !l.isEmpty())
			.andVerify(l -> assertThat(l).singleElement().extracting(Tasks.ExpiryTask::action).isEqualTo(Tasks.Action.SCRAP));
	}

	@Test
	void aBackorderIsListedForTheFrontOfficeOnce(Scenario scenario) {
		LocalDate day = LocalDate.of(2031, 5, 8);
		UUID order = UUID.randomUUID();
		shipment(order, "B-1", day, UUID.randomUUID());
		BackorderCreated event = new BackorderCreated(UUID.randomUUID(), order, "line-1", "PASTA-X", 4, day,
				Instant.parse("2031-05-07T12:00:00Z"));

		scenario.publish(event)
			.andWaitForStateChange(() -> this.tasks.backorders(day).stream().filter(b -> b.orderId().equals(order)).toList(),
					l -> !l.isEmpty())
			.andVerify(l -> assertThat(l).singleElement().extracting(Tasks.Backorder::quantity).isEqualTo(4));
		scenario.publish(event)
			.andWaitForStateChange(() -> this.alerts.list(day, Kind.BACKORDER, Alerts.Audience.FRONT_OFFICE, false), l -> !l.isEmpty())
			.andVerify(l -> assertThat(l).singleElement().satisfies(a -> assertThat(a.title()).contains("B-1")));
		assertThat(this.tasks.backorders(day).stream().filter(b -> b.orderId().equals(order))).hasSize(1);
	}

	@Test
	void aDamagedDeliveryReturnsTheGoodsToQuarantineCreatesARedeliveryAlertsAndCounts(Scenario scenario) throws Exception {
		LocalDate day = LocalDate.of(2031, 5, 9);
		UUID route = UUID.randomUUID();
		UUID damaged = UUID.randomUUID();
		UUID fine = UUID.randomUUID();
		shipment(damaged, "X-1", day, route);
		shipment(fine, "X-2", day, route);
		UUID redelivery = UUID.randomUUID();
		given(this.orders.returnDamaged(eq(damaged), anyList(), any())).willReturn(
				new Redelivery(damaged, redelivery, "X-1-R1", day.plusDays(1), "RPT-QUARANTINE", 6));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/reporting/damage-reports/{id}", damaged)
			.contentType("application/json")
			.content("{\"lines\":[{\"sku\":\"EGGS-10\",\"quantity\":2}],\"photoRef\":\"photo-77\"}")).andExpect(status().isOk());
		Instant nine = Instant.parse("2031-05-09T07:00:00Z");
		List<TimeWindow> windows = List.of(new TimeWindow(nine, nine.plusSeconds(7200)));

		scenario.publish(new DeliveryAttempted(fine, route, UUID.randomUUID(), "VAN-07", day, true, null, nine.plusSeconds(600),
				nine.plusSeconds(900), nine.plusSeconds(420), 240, windows))
			.andWaitForStateChange(() -> this.reports.delivery("RPT", day, day).attempts(), n -> n == 1);
		scenario.publish(new DeliveryAttempted(damaged, route, UUID.randomUUID(), "VAN-07", day, false, "DAMAGED",
				nine.plusSeconds(8400), nine.plusSeconds(8700), nine.plusSeconds(7000), 240, windows))
			.andWaitForStateChange(() -> this.alerts.list(day, Kind.DAMAGE, null, false), l -> !l.isEmpty())
			.andVerify(l -> assertThat(l).singleElement().satisfies(a -> {
				assertThat(a.detail()).containsEntry("redeliveryOrderNumber", "X-1-R1")
					.containsEntry("quarantineLocation", "RPT-QUARANTINE")
					.containsEntry("photoRef", "photo-77");
				assertThat(a.title()).contains("re-delivery X-1-R1");
			}));
		verify(this.orders, timeout(5000)).returnDamaged(eq(damaged),
				eq(List.of(new OrderManagement.DamagedLine("EGGS-10", 2))), eq("photo-77"));

		DeliveryReport report = this.reports.delivery("RPT", day, day);
		assertThat(report.attempts()).isEqualTo(2);
		assertThat(report.delivered()).isEqualTo(1);
		assertThat(report.damaged()).isEqualTo(1);
		assertThat(report.onTimePercent()).isEqualTo(50.0);
		assertThat(report.firstAttemptSuccessPercent()).isEqualTo(50.0);
		// Late by 8400 s − 7200 s = 20 min; service 300 s each (5 min), planned 240 s (4 min).
		assertThat(report.averageLatenessMinutes()).isEqualTo(20.0);
		assertThat(report.plannedServiceMinutes()).isEqualTo(4.0);
		assertThat(report.actualServiceMinutes()).isEqualTo(5.0);
		assertThat(report.failedByReason()).containsEntry("DAMAGED", 1L);

		this.mvc.perform(get("/api/v1/reporting/reports/delivery.csv").param("site", "RPT").param("from", day.toString())
			.param("to", day.toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("delivery-RPT-")))
			.andExpect(content().string(containsString("onTimePercent,50.00")))
			.andExpect(content().string(containsString("failed.DAMAGED,1")));
		this.mvc.perform(get("/api/v1/reporting/day.html").param("site", "RPT").param("date", day.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Day report RPT, 2031-05-09")));
		this.mvc.perform(get("/api/v1/reporting/reports/delivery").param("from", day.toString()).param("to", day.minusDays(1).toString()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void reservationsGiveTheFillRateAndTheStockReportCombinesItWithInventorysFigures(Scenario scenario) throws Exception {
		LocalDate day = LocalDate.of(2031, 5, 12);
		UUID order = UUID.randomUUID();
		shipment(order, "F-1", day, UUID.randomUUID());
		Instant at = Instant.parse("2031-05-11T15:00:00Z");
		given(this.figures.stockValue(eq("RPT"), any())).willReturn(List.of(
				new StockFigures.StockValue("A", TemperatureClass.AMBIENT, 100, new java.math.BigDecimal("365.00"), 0, "PLN")));
		given(this.figures.picked(eq("RPT"), any(), any())).willReturn(
				new StockFigures.Movement(null, 10, new java.math.BigDecimal("10.00"), 0));
		given(this.figures.countAccuracy(eq("RPT"), any(), any())).willReturn(new StockFigures.CountAccuracy(4, 3, 2));
		given(this.prices.currencyOf("RPT")).willReturn(Optional.of("PLN"));
		scenario.publish(new StockReserved(UUID.randomUUID(), order, "l1", "A", 10, 10, day, at))
			.andWaitForStateChange(() -> this.reports.delivery("RPT", day, day), r -> true);
		scenario.publish(new StockReserved(UUID.randomUUID(), order, "l2", "B", 10, 5, day, at))
			.andWaitForStateChange(() -> this.stockReports.stock("RPT", day, day, 7).lineFillRatePercent(),
					p -> p != null && p == 50.0);

		io.zaplecze.reporting.stock.StockReport r = this.stockReports.stock("RPT", day, day, 7);
		assertThat(r.unitFillRatePercent()).isEqualTo(75.0);
		assertThat(r.lineFillRatePercent()).isEqualTo(50.0);
		// COGS 10 over 1 day against 365 of stock: 10 / 365 × 365 / 1 = 10 turns a year, 36.5 days of cover.
		assertThat(r.annualisedTurns()).isEqualTo(10.0);
		assertThat(r.daysOfCover()).isEqualTo(36.5);
		assertThat(r.countAccuracyPercent()).isEqualTo(75.0);
		this.mvc.perform(get("/api/v1/reporting/reports/stock.csv").param("site", "RPT").param("from", day.toString())
			.param("to", day.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("stockValue,A/AMBIENT,100,365.00")))
			.andExpect(content().string(containsString("figure,unitFillRatePercent,,75.00")));
	}

	@Test
	void aRedeliveredOutcomeCountsOnce(Scenario scenario) {
		LocalDate day = LocalDate.of(2031, 5, 11);
		UUID id = UUID.randomUUID();
		shipment(id, "R-1", day, UUID.randomUUID());
		Instant nine = Instant.parse("2031-05-11T07:00:00Z");
		DeliveryAttempted event = new DeliveryAttempted(id, UUID.randomUUID(), UUID.randomUUID(), "VAN-07", day, false,
				"CUSTOMER_ABSENT", nine, nine.plusSeconds(60), nine, 180, List.of(new TimeWindow(nine, nine.plusSeconds(3600))));

		scenario.publish(event).andWaitForStateChange(() -> this.reports.delivery("RPT", day, day).attempts(), n -> n == 1);
		scenario.publish(event)
			.andWaitForStateChange(() -> this.reports.delivery("RPT", day, day).failedByReason(), m -> !m.isEmpty())
			.andVerify(m -> assertThat(m).containsExactly(java.util.Map.entry("CUSTOMER_ABSENT", 1L)));
		assertThat(this.reports.delivery("RPT", day, day).attempts()).isEqualTo(1);
		assertThat(this.reports.delivery("RPT", day, day).firstAttemptSuccessPercent()).isEqualTo(0.0);
		assertThat(Duration.ofSeconds(1)).isPositive();
	}

}
