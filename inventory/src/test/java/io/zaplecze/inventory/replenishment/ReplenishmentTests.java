package io.zaplecze.inventory.replenishment;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.replenishment.Replenishment.Rule;
import io.zaplecze.inventory.replenishment.Replenishment.Suggestion;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplenishmentTests extends InventoryIntegrationTest {

	@Autowired
	Replenishment replenishment;

	@Test
	void suggestsBringingASiteUpToItsMaximumWhenUsableStockFallsBelowTheMinimum() {
		String site = "S" + UUID.randomUUID().toString().substring(0, 6);
		String low = product(RotationPolicy.FEFO, 0);
		String fine = product(RotationPolicy.FEFO, 0);
		receive(low, "L1", TODAY.plusDays(30), 12, site + "-A-01");
		receive(low, "L2", TODAY.plusDays(30), 100, "OTHER-A-01");
		receive(fine, "L1", TODAY.plusDays(30), 50, site + "-A-02");
		reserve(low, 4, TODAY);
		this.replenishment.put(new Rule(site, low, 10, 40));
		this.replenishment.put(new Rule(site, fine, 10, 40));

		List<Suggestion> suggestions = this.replenishment.suggestions(site);

		// low: 12 on hand - 4 reserved = 8 available < 10 -> order 40 - 8 = 32. fine: 50 >= 10.
		assertThat(suggestions).singleElement().satisfies(s -> {
			assertThat(s.sku()).isEqualTo(low);
			assertThat(s.available()).isEqualTo(8);
			assertThat(s.suggestedQuantity()).isEqualTo(32);
		});
	}

	@Test
	void refusesARuleWhoseMaximumIsBelowItsMinimum() {
		String sku = product(RotationPolicy.FEFO, 0);
		assertThatThrownBy(() -> this.replenishment.put(new Rule("WAW1", sku, 10, 5)))
			.isInstanceOf(InvalidRequest.class);
	}

}
