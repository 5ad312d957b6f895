package io.zaplecze.inventory.replenishment;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.InventoryIntegrationTest;
import io.zaplecze.inventory.LotExpiring;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.replenishment.Expiry.ExpiringLot;
import io.zaplecze.inventory.replenishment.Expiry.ScrapResult;
import io.zaplecze.inventory.web.PageRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryTests extends InventoryIntegrationTest {

	@Autowired
	Expiry expiry;

	@Autowired
	ApplicationEvents events;

	@Test
	void theReportListsLotsExpiringWithinNDaysAndFlagsExpiredOnes() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "SOON", TODAY.plusDays(3), 5, "WAW1-A-01");
		receive(sku, "GONE", TODAY.plusDays(1), 5, "WAW1-A-01");
		receive(sku, "LATER", TODAY.plusDays(40), 5, "WAW1-A-01");
		this.clock.advance(Duration.ofDays(2));

		List<ExpiringLot> lots = this.expiry.expiring(7, new PageRequest(0, 500))
			.content()
			.stream()
			.filter(l -> l.sku().equals(sku))
			.toList();

		assertThat(lots).extracting(ExpiringLot::lotNumber, ExpiringLot::daysLeft, ExpiringLot::expired)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("GONE", -1, true),
					org.assertj.core.groups.Tuple.tuple("SOON", 1, false));
	}

	@Test
	void theScanRaisesLotExpiringOncePerLot() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "SOON", TODAY.plusDays(2), 5, "WAW1-A-01");
		receive(sku, "LATER", TODAY.plusDays(40), 5, "WAW1-A-01");
		this.events.clear();

		List<LotExpiring> first = this.expiry.scan().stream().filter(e -> e.sku().equals(sku)).toList();
		List<LotExpiring> second = this.expiry.scan().stream().filter(e -> e.sku().equals(sku)).toList();

		assertThat(first).singleElement().satisfies(e -> {
			assertThat(e.lotNumber()).isEqualTo("SOON");
			assertThat(e.daysLeft()).isEqualTo(2);
			assertThat(e.onHand()).isEqualTo(5);
		});
		assertThat(second).isEmpty();
		assertThat(this.events.stream(LotExpiring.class).filter(e -> e.sku().equals(sku))).hasSize(1);
	}

	@Test
	void scrappingExpiredStockWritesOffWhatIsNotPromisedInOneCommand() {
		String sku = product(RotationPolicy.FEFO, 0);
		receive(sku, "GONE", TODAY.plusDays(1), 10, "WAW1-A-01");
		receive(sku, "GONE", TODAY.plusDays(1), 4, "WAW1-A-02");
		receive(sku, "FRESH", TODAY.plusDays(60), 5, "WAW1-A-01");
		reserve(sku, 3, TODAY);
		this.clock.advance(Duration.ofDays(3));
		String key = key();

		ScrapResult result = this.expiry.scrapExpired(key, "WAW1");
		ScrapResult replay = this.expiry.scrapExpired(key, "WAW1");

		assertThat(onHand(sku)).isEqualTo(3 + 5);
		assertThat(this.jdbc.sql("SELECT sum(quantity) FROM inventory.ledger_entry WHERE sku = ? AND entry_type = 'SCRAP'"
				+ " AND reason = 'EXPIRED'").param(sku).query(Integer.class).single()).isEqualTo(-11);
		assertThat(replay.ledgerEntryIds()).isEqualTo(result.ledgerEntryIds());
		assertThat(this.inventory.reconciliation().consistent()).isTrue();
	}

}
