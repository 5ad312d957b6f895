package io.zaplecze.inventory.price;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryFailure.StateConflict;
import io.zaplecze.inventory.InventoryFailure.UnknownProduct;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.ProductPrice;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.price.PriceBook.NewPrice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PriceTests extends InventoryIntegrationTest {

	@Autowired
	PriceBook prices;

	@Autowired
	MockMvc mvc;

	private static String site() {
		return "S" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	@Test
	void aPriceChangeDoesNotRewriteThePriceValidInThePast() {
		String sku = product(RotationPolicy.FIFO, 0);
		String site = site();
		this.prices.record(new NewPrice(sku, site, "PLN", new BigDecimal("4.20"), new BigDecimal("6.99"), null));
		Instant before = NOW.plus(Duration.ofHours(1));
		this.clock.advance(Duration.ofDays(10));
		this.prices.record(new NewPrice(sku, site, "PLN", new BigDecimal("4.80"), new BigDecimal("7.49"), null));

		assertThat(this.prices.priceAt(sku, site, before)).get()
			.extracting(ProductPrice::unitCost)
			.isEqualTo(new BigDecimal("4.2000"));
		assertThat(this.prices.priceAt(sku, site, this.clock.instant())).get()
			.extracting(ProductPrice::unitCost, ProductPrice::salesPrice)
			.containsExactly(new BigDecimal("4.8000"), new BigDecimal("7.4900"));
		assertThat(this.prices.priceAt(sku, site, NOW.minusSeconds(1))).isEmpty();
		assertThat(this.prices.history(sku, site)).hasSize(2);
	}

	@Test
	void aScheduledPriceAppliesOnlyFromItsStart() {
		String sku = product(RotationPolicy.FIFO, 0);
		String site = site();
		this.prices.record(new NewPrice(sku, site, "EUR", new BigDecimal("1"), new BigDecimal("2"), null));
		this.prices.record(new NewPrice(sku, site, "EUR", new BigDecimal("3"), new BigDecimal("4"),
				NOW.plus(Duration.ofDays(7))));

		assertThat(this.prices.priceList(site, NOW.plus(Duration.ofDays(6)))).singleElement()
			.extracting(ProductPrice::unitCost)
			.isEqualTo(new BigDecimal("1.0000"));
		assertThat(this.prices.priceList(site, NOW.plus(Duration.ofDays(7)))).singleElement()
			.extracting(ProductPrice::unitCost)
			.isEqualTo(new BigDecimal("3.0000"));
	}

	@Test
	void refusesBackdatingAnotherCurrencyNegativeAmountsAndUnknownProductsChangingNothing() {
		String sku = product(RotationPolicy.FIFO, 0);
		String site = site();
		this.prices.record(new NewPrice(sku, site, "PLN", BigDecimal.ONE, BigDecimal.TEN, null));

		assertThatThrownBy(() -> this.prices.record(new NewPrice(sku, site, "PLN", BigDecimal.ONE, BigDecimal.TEN,
				NOW.minus(Duration.ofDays(1))))).isInstanceOf(InvalidRequest.class).hasMessageContaining("past");
		assertThatThrownBy(() -> this.prices.record(new NewPrice(sku, site, "EUR", BigDecimal.ONE, BigDecimal.TEN,
				NOW.plusSeconds(60)))).isInstanceOf(StateConflict.class).hasMessageContaining("PLN");
		assertThatThrownBy(() -> this.prices.record(new NewPrice(sku, site, "PLN", new BigDecimal("-1"), BigDecimal.TEN,
				NOW.plusSeconds(60)))).isInstanceOf(InvalidRequest.class);
		assertThatThrownBy(() -> this.prices.record(new NewPrice("NOPE-" + sku, site, "PLN", BigDecimal.ONE,
				BigDecimal.TEN, null))).isInstanceOf(UnknownProduct.class);
		assertThat(this.prices.history(sku, site)).hasSize(1);
	}

	@Test
	void pricesAreAppendOnlyInTheDatabase() {
		String sku = product(RotationPolicy.FIFO, 0);
		String site = site();
		this.prices.record(new NewPrice(sku, site, "PLN", BigDecimal.ONE, BigDecimal.TEN, null));

		assertThatThrownBy(() -> this.jdbc.sql("UPDATE inventory.product_price SET unit_cost = 0 WHERE sku = ?")
			.param(sku)
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void restRecordsAndListsPricesAndRejectsBadInput() throws Exception {
		String sku = product(RotationPolicy.FIFO, 0);
		String site = site();
		this.mvc
			.perform(post("/api/v1/inventory/products/{sku}/prices/{site}", sku, site).contentType(MediaType.APPLICATION_JSON)
				.content("{\"currency\":\"PLN\",\"unitCost\":3.5,\"salesPrice\":5.25}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.currency").value("PLN"));
		this.mvc
			.perform(post("/api/v1/inventory/products/{sku}/prices/{site}", sku, site).contentType(MediaType.APPLICATION_JSON)
				.content("{\"currency\":\"pln\",\"unitCost\":-3,\"salesPrice\":5}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/inventory/prices").param("site", site).param("at", NOW.plusSeconds(1).toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].sku").value(sku))
			.andExpect(jsonPath("$[0].unitCost").value(3.5));
	}

}
