package io.zaplecze.inventory;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST API end to end on the real database: happy paths, and bad input that changes nothing. */
class InventoryApiTests extends InventoryIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void productsReceiptsReservationsAndPicksOverRest() throws Exception {
		String sku = "API-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(post("/api/v1/inventory/products").contentType(MediaType.APPLICATION_JSON).content("""
				{"sku":"%s","name":"Yoghurt 150 g","unit":"tray","weightGrams":3800,"volumeCm3":4800,
				 "temperatureClass":"CHILLED","rotationPolicy":"FEFO","minShelfLifeDays":3}""".formatted(sku)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/inventory/products/" + sku));
		this.mvc.perform(post("/api/v1/inventory/stock/receipts").header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"%s","lotNumber":"Y1","expiryDate":"%s","quantity":20,"locationId":"WAW1-CH-01"}"""
				.formatted(sku, TODAY.plusDays(20))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/inventory/ledger/")))
			.andExpect(jsonPath("$.entries[0].type").value("RECEIPT"));
		UUID order = UUID.randomUUID();
		this.mvc.perform(put("/api/v1/inventory/orders/" + order).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reference\":\"SO-1001\"}")).andExpect(status().isCreated());

		String body = this.mvc.perform(post("/api/v1/inventory/reservations").header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orderId":"%s","orderLineId":"1","sku":"%s","quantity":5,"deliveryDate":"%s"}"""
				.formatted(order, sku, TODAY.plusDays(1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.allocated").value(5))
			.andExpect(jsonPath("$.lots[0].lotNumber").value("Y1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reservation = body.replaceAll(".*\"reservationId\":\"([^\"]+)\".*", "$1");

		this.mvc.perform(post("/api/v1/inventory/reservations/" + reservation + "/picks").header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"lotNumber\":\"Y1\",\"locationId\":\"WAW1-CH-01\",\"quantity\":5}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FULFILLED"));
		this.mvc.perform(get("/api/v1/inventory/stock").param("sku", sku))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].onHand").value(15))
			.andExpect(jsonPath("$.content[0].available").value(15))
			.andExpect(jsonPath("$.totalElements").value(1));
		this.mvc.perform(get("/api/v1/inventory/ledger").param("sku", sku).param("size", "1"))
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].type").value("PICK"))
			.andExpect(jsonPath("$.totalPages").value(2));
		this.mvc.perform(get("/api/v1/inventory/stock/reconciliation"))
			.andExpect(jsonPath("$.consistent").value(true));
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(document).contains("/api/v1/inventory/reservations", "/api/v1/inventory/stock/receipts",
				"/api/v1/inventory/cycle-counts/{id}/results", "/api/v1/inventory/imports/opening-stock",
				"/api/v1/inventory/replenishment/suggestions", "/api/v1/inventory/expiring", "Idempotency-Key");
	}

	@Test
	void aReservationForAnUnregisteredOrderIs404AndReservesNothing() throws Exception {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(20), 10, "WAW1-A-01");

		this.mvc.perform(post("/api/v1/inventory/reservations").header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orderId":"%s","orderLineId":"1","sku":"%s","quantity":5,"deliveryDate":"%s"}"""
				.formatted(UUID.randomUUID(), sku, TODAY)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("unknown-order"));

		assertThat(reserved(sku)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM inventory.reservation WHERE sku = ?").param(sku).query(Long.class).single())
			.isZero();
	}

	@Test
	void badCommandsAre4xxProblemsAndChangeNothing() throws Exception {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "L1", TODAY.plusDays(20), 10, "WAW1-A-01");

		this.mvc.perform(post("/api/v1/inventory/stock/receipts").header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"%s","lotNumber":"OLD","expiryDate":"%s","quantity":5,"locationId":"WAW1-A-01"}"""
				.formatted(sku, TODAY.minusDays(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("expiry-in-past"));
		this.mvc.perform(post("/api/v1/inventory/stock/receipts").header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"NOPE-%s","lotNumber":"L1","quantity":5,"locationId":"WAW1-A-01"}""".formatted(sku)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("unknown-product"));
		this.mvc.perform(post("/api/v1/inventory/stock/moves").header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"%s","lotNumber":"L1","fromLocationId":"WAW1-A-01","toLocationId":"WAW1-B-01","quantity":11}"""
				.formatted(sku)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("insufficient-stock"));
		this.mvc.perform(post("/api/v1/inventory/stock/adjustments").header("Idempotency-Key", key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"%s","lotNumber":"L1","locationId":"WAW1-A-01","delta":-1}""".formatted(sku)))
			.andExpect(status().isBadRequest());

		assertThat(onHand(sku)).isEqualTo(10);
		assertThat(ledgerEntries(sku)).isEqualTo(1);
	}

	@Test
	void importsAreAllOrNothingWithAPerRowReport() throws Exception {
		String a = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
		String b = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
		String products = """
				sku,name,unit,weightGrams,volumeCm3,temperatureClass,rotationPolicy,minShelfLifeDays
				%s,"Butter 200 g, case",case,8200,9000,CHILLED,FEFO,14
				%s,Bin bags,case,9000,15000,ambient,lifo,0
				""".formatted(a, b);
		this.mvc.perform(post("/api/v1/inventory/imports/products").header("Idempotency-Key", "imp-" + a)
			.contentType("text/csv")
			.content(products)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		this.mvc.perform(post("/api/v1/inventory/imports/products").header("Idempotency-Key", "imp-" + a)
			.contentType("text/csv")
			.content(products)).andExpect(status().isOk()).andExpect(jsonPath("$.replayed").value(true));

		String stock = """
				sku,lotNumber,expiryDate,locationId,quantity
				%s,B1,%s,WAW1-CH-01,40
				%s,B2,%s,WAW1-CH-02,10
				NOPE,X,,WAW1-A-01,1
				%s,,,WAW1-A-01,0
				""".formatted(a, TODAY.plusDays(30), a, TODAY.minusDays(2), b);
		this.mvc.perform(post("/api/v1/inventory/imports/opening-stock").header("Idempotency-Key", key())
			.contentType("text/csv")
			.content(stock))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("import-rejected"))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("expiryDate"))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[2].line").value(5));
		assertThat(onHand(a)).isZero();

		String good = """
				sku,lotNumber,expiryDate,locationId,quantity
				%s,B1,%s,WAW1-CH-01,40
				%s,BAGS-1,,WAW1-A-01,25
				""".formatted(a, TODAY.plusDays(30), b);
		this.mvc.perform(post("/api/v1/inventory/imports/opening-stock").header("Idempotency-Key", key())
			.contentType("text/csv")
			.content(good)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		assertThat(onHand(a)).isEqualTo(40);
		assertThat(onHand(b)).isEqualTo(25);
	}

}
