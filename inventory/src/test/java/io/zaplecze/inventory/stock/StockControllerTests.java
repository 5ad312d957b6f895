package io.zaplecze.inventory.stock;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.InventoryFailure.ExpiryInPast;
import io.zaplecze.inventory.InventoryFailure.IdempotencyConflict;
import io.zaplecze.inventory.InventoryFailure.InsufficientStock;
import io.zaplecze.inventory.InventoryFailure.UnknownProduct;
import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.command.CommandRetry;
import io.zaplecze.inventory.ledger.Reconciliation;
import io.zaplecze.inventory.ledger.StockBook;
import io.zaplecze.platform.ProblemDetailsAdvice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Status codes, validation and problem details of the stock API (services mocked). */
@WebMvcTest(StockController.class)
@Import({ ProblemDetailsAdvice.class, StockControllerTests.Retry.class })
class StockControllerTests {

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(InventoryProperties.class)
	@Import(CommandRetry.class)
	static class Retry {

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StockCommandService commands;

	@MockitoBean
	StockBook book;

	@MockitoBean
	Reconciliation reconciliation;

	static final String RECEIPT = """
			{"sku":"MILK","lotNumber":"L1","expiryDate":"2030-01-01","quantity":%d,"locationId":"WAW1-A-01"}""";

	@Test
	void aZeroOrNegativeQuantityIs400WithTheField() throws Exception {
		for (int quantity : List.of(0, -3)) {
			this.mvc.perform(post("/api/v1/inventory/stock/receipts").header("Idempotency-Key", "k")
				.contentType(MediaType.APPLICATION_JSON)
				.content(RECEIPT.formatted(quantity)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("quantity"));
		}
		verifyNoInteractions(this.commands);
	}

	@Test
	void aCommandWithoutAnIdempotencyKeyIs400() throws Exception {
		this.mvc.perform(post("/api/v1/inventory/stock/receipts").contentType(MediaType.APPLICATION_JSON)
			.content(RECEIPT.formatted(5))).andExpect(status().isBadRequest());
		verifyNoInteractions(this.commands);
	}

	@Test
	void domainFailuresMapToTheirStatusAndCode() throws Exception {
		given(this.commands.receive(any())).willThrow(new UnknownProduct("MILK"))
			.willThrow(new ExpiryInPast("L1", LocalDate.parse("2020-01-01"), LocalDate.parse("2026-03-02")))
			.willThrow(new IdempotencyConflict("k"));
		expect(404, "unknown-product");
		expect(422, "expiry-in-past");
		expect(409, "idempotency-conflict");
	}

	@Test
	void aMoveOfMoreThanIsThereIs422() throws Exception {
		given(this.commands.move(any())).willThrow(new InsufficientStock("MILK", "L1", "WAW1-A-01", 11, 10));
		this.mvc.perform(post("/api/v1/inventory/stock/moves").header("Idempotency-Key", "k")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"MILK","lotNumber":"L1","fromLocationId":"WAW1-A-01","toLocationId":"WAW1-B-01","quantity":11}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("insufficient-stock"))
			.andExpect(jsonPath("$.type").value("https://zaplecze.io/problems/insufficient-stock"));
	}

	@Test
	void aPageSizeOutOfRangeIs400() throws Exception {
		this.mvc.perform(get("/api/v1/inventory/stock").param("size", "0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/inventory/stock").param("size", "501")).andExpect(status().isBadRequest());
	}

	private void expect(int status, String code) throws Exception {
		this.mvc.perform(post("/api/v1/inventory/stock/receipts").header("Idempotency-Key", "k")
			.contentType(MediaType.APPLICATION_JSON)
			.content(RECEIPT.formatted(5)))
			.andExpect(status().is(status))
			.andExpect(jsonPath("$.code").value(code));
	}

}
