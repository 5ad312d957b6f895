package io.zaplecze.warehouse.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.StockManagement;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.ProblemDetailsAdvice;
import io.zaplecze.warehouse.layout.BinCapacityExceeded;
import io.zaplecze.warehouse.layout.BinNotFound;
import io.zaplecze.warehouse.layout.LayoutImportReport;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.WrongTemperatureClass;
import io.zaplecze.warehouse.loading.LoadingService;
import io.zaplecze.warehouse.order.OrderImport;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.picking.PickAlreadyConfirmed;
import io.zaplecze.warehouse.picking.PickingService;
import io.zaplecze.warehouse.picking.WaveService;
import io.zaplecze.warehouse.putaway.PutawayService;
import io.zaplecze.warehouse.receiving.DeliveryClosed;
import io.zaplecze.warehouse.receiving.ReceivingService;
import io.zaplecze.warehouse.slotting.SlottingService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The warehouse's REST controllers: status codes, validation and problem details for bad input. */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.zaplecze\\.warehouse\\..*Controller"))
@Import(ProblemDetailsAdvice.class)
class WarehouseWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LayoutService layout;

	@MockitoBean
	StockManagement stock;

	@MockitoBean
	OrderImport orderImport;

	@MockitoBean
	SlottingService slotting;

	@MockitoBean
	PutawayService putaway;

	@MockitoBean
	ReceivingService receiving;

	@MockitoBean
	OrderService orders;

	@MockitoBean
	WaveService waves;

	@MockitoBean
	PickingService picking;

	@MockitoBean
	LoadingService loading;

	// The floor controllers (issue 14) are in the slice too; FloorWebTests covers them.
	@MockitoBean
	io.zaplecze.warehouse.labels.LabelFormats labels;

	@MockitoBean
	io.zaplecze.warehouse.claims.TaskClaims claims;

	@MockitoBean
	io.zaplecze.warehouse.receiving.ReceivingFloor receivingFloor;

	@MockitoBean
	io.zaplecze.warehouse.putaway.PutawayGuide putawayGuide;

	@MockitoBean
	io.zaplecze.warehouse.picking.PickFloor pickFloor;

	@MockitoBean
	io.zaplecze.warehouse.loading.LoadingFloor loadingFloor;

	@MockitoBean
	io.zaplecze.warehouse.replenishment.ReplenishmentTasks replenishment;

	@MockitoBean
	io.zaplecze.warehouse.supervisor.SupervisorBoard supervisor;

	@Test
	void createsASiteWithLocation() throws Exception {
		Site site = new Site("WAW2", "Depot", new GeoPoint(52.2, 21.0), ZoneId.of("Europe/Warsaw"), LocalTime.of(6, 0),
				LocalTime.of(22, 0), Instant.EPOCH);
		given(this.layout.createSite(eq("WAW2"), any(), any(), any(), any(), any())).willReturn(site);
		given(this.layout.zones(site.id())).willReturn(List.of());
		this.mvc.perform(post("/api/v1/warehouse/sites").contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"WAW2","name":"Depot","location":{"lat":52.2,"lon":21.0},"timeZone":"Europe/Warsaw",
				 "opensAt":"06:00","closesAt":"22:00"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/warehouse/sites/WAW2"))
			.andExpect(jsonPath("$.receivingLocation").value("WAW2-RECV"));
	}

	@Test
	void anUnknownBinIsNotFound() throws Exception {
		given(this.layout.bin("WAW1-X-99")).willThrow(new BinNotFound("WAW1-X-99"));
		this.mvc.perform(get("/api/v1/warehouse/bins/WAW1-X-99"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("bin-not-found"));
	}

	@Test
	void aBadLayoutFileIsRefusedWithARowByRowReport() throws Exception {
		given(this.layout.importBins(eq("WAW1"), anyString())).willReturn(new LayoutImportReport(0,
				List.of(new LayoutImportReport.RowError(3, "Unknown zone Q"))));
		this.mvc.perform(post("/api/v1/warehouse/sites/WAW1/bins/import").contentType("text/csv").content("code,zone\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message").value("Unknown zone Q"));
	}

	@Test
	void puttingAwayIntoABinOfTheWrongTemperatureOrBeyondCapacityIsUnprocessable() throws Exception {
		UUID task = UUID.randomUUID();
		given(this.putaway.confirm(task, "WAW1-A-01-01-1")).willThrow(new WrongTemperatureClass("MILK is CHILLED"));
		given(this.putaway.confirm(task, "WAW1-C-01-01-1")).willThrow(new BinCapacityExceeded("full"));
		this.mvc.perform(post("/api/v1/warehouse/putaway-tasks/{id}/confirm", task).contentType(MediaType.APPLICATION_JSON)
			.content("{\"bin\":\"WAW1-A-01-01-1\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("wrong-temperature-class"));
		this.mvc.perform(post("/api/v1/warehouse/putaway-tasks/{id}/confirm", task).contentType(MediaType.APPLICATION_JSON)
			.content("{\"bin\":\"WAW1-C-01-01-1\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("bin-capacity-exceeded"));
	}

	@Test
	void confirmingAPickTwiceIsAConflict() throws Exception {
		UUID task = UUID.randomUUID();
		given(this.picking.confirm(eq(task), anyInt(), any())).willThrow(new PickAlreadyConfirmed(task));
		this.mvc.perform(post("/api/v1/warehouse/pick-tasks/{id}/confirm", task).contentType(MediaType.APPLICATION_JSON)
			.content("{\"quantity\":2}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("pick-already-confirmed"));
	}

	@Test
	void aNegativePickQuantityIsInvalidAndNotConfirmed() throws Exception {
		this.mvc.perform(post("/api/v1/warehouse/pick-tasks/{id}/confirm", UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"quantity\":-1}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quantity"));
		verifyNoInteractions(this.picking);
	}

	@Test
	void receivingAgainstAClosedDeliveryIsAConflict() throws Exception {
		UUID delivery = UUID.randomUUID();
		given(this.receiving.receive(eq(delivery), eq("k1"), any(), any(), any(), anyInt(), anyInt()))
			.willThrow(new DeliveryClosed("PO-1"));
		this.mvc.perform(post("/api/v1/warehouse/inbound-deliveries/{id}/receipts", delivery).header("Idempotency-Key", "k1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sku\":\"RICE-1KG\",\"lotNumber\":\"L1\",\"quantity\":5,\"damagedQuantity\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("delivery-closed"));
	}

	@Test
	void aReceiptNeedsAnIdempotencyKey() throws Exception {
		this.mvc.perform(post("/api/v1/warehouse/inbound-deliveries/{id}/receipts", UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sku\":\"RICE-1KG\",\"lotNumber\":\"L1\",\"quantity\":5,\"damagedQuantity\":0}"))
			.andExpect(status().isBadRequest());
		verifyNoInteractions(this.receiving);
	}

	@Test
	void anOrderWithoutLinesOrWithAnImpossibleLocationIsInvalid() throws Exception {
		this.mvc.perform(post("/api/v1/warehouse/orders").contentType(MediaType.APPLICATION_JSON).content("""
				{"site":"WAW1","customerName":"Bistro","address":"ul. Prosta 1","location":{"lat":52.2,"lon":21.0},
				 "requestedDate":"2026-11-27","timeWindows":[{"start":"2026-11-27T08:00:00Z","end":"2026-11-27T12:00:00Z"}],
				 "lines":[]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines"));
		this.mvc.perform(post("/api/v1/warehouse/orders").contentType(MediaType.APPLICATION_JSON).content("""
				{"site":"WAW1","customerName":"Bistro","address":"ul. Prosta 1","location":{"lat":152.2,"lon":21.0},
				 "requestedDate":"2026-11-27","timeWindows":[{"start":"2026-11-27T08:00:00Z","end":"2026-11-27T12:00:00Z"}],
				 "lines":[{"sku":"RICE-1KG","quantity":1}]}"""))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/api/v1/warehouse/orders").contentType(MediaType.APPLICATION_JSON).content("""
				{"site":"WAW1","customerName":"Bistro","address":"ul. Prosta 1","location":{"lat":52.2,"lon":21.0},
				 "requestedDate":"2026-11-27","timeWindows":[{"start":"2026-11-27T12:00:00Z","end":"2026-11-27T08:00:00Z"}],
				 "lines":[{"sku":"RICE-1KG","quantity":1}]}"""))
			.andExpect(status().isBadRequest());
		verifyNoInteractions(this.orders);
	}


	@Test
	void aWrongScanIsUnprocessableWithTheReasonInWords() throws Exception {
		UUID task = UUID.randomUUID();
		given(this.pickFloor.confirm(eq(task), eq("WAW1-A-01-02-1"), anyString(), anyString(), anyInt(), any(), anyString()))
			.willThrow(new io.zaplecze.warehouse.labels.WrongScan("Wrong bin: you scanned WAW1-A-01-02-1, this line is picked from WAW1-A-01-01-1"));
		this.mvc.perform(post("/api/v1/warehouse/pick-tasks/{id}/scan-confirm", task).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"binScan":"WAW1-A-01-02-1","productScan":"AMB-SALT-1K","lotScan":"L1","quantity":2}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("wrong-scan"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("picked from WAW1-A-01-01-1")));
	}

	@Test
	void aTaskTakenBySomeoneElseIsAConflictNamingThem() throws Exception {
		UUID wave = UUID.randomUUID();
		given(this.pickFloor.take(eq(wave), anyString()))
			.willThrow(new io.zaplecze.warehouse.claims.TaskTaken(io.zaplecze.warehouse.claims.TaskType.PICK_WAVE, wave, "anna"));
		this.mvc.perform(post("/api/v1/warehouse/waves/{id}/claim", wave))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("task-taken"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Task taken by anna")));
	}

	@Test
	void aScanConfirmWithoutTheScansIsABadRequestAndCallsNothing() throws Exception {
		this.mvc.perform(post("/api/v1/warehouse/pick-tasks/{id}/scan-confirm", UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"binScan\":\"\",\"quantity\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").isArray());
		verifyNoInteractions(this.pickFloor);
	}

}
