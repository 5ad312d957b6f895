package io.zaplecze.tracking.shipment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShipmentStatusTests {

	@Test
	void movesOnlyForward() {
		assertThat(ShipmentStatus.PLANNED.advancesTo(ShipmentStatus.LOADED)).isTrue();
		assertThat(ShipmentStatus.LOADED.advancesTo(ShipmentStatus.PLANNED)).isFalse();
		assertThat(ShipmentStatus.ARRIVING.advancesTo(ShipmentStatus.ARRIVING)).isFalse();
	}

	@Test
	void finalStatusesStay() {
		assertThat(ShipmentStatus.DELIVERED.advancesTo(ShipmentStatus.FAILED)).isFalse();
		assertThat(ShipmentStatus.CANCELLED.advancesTo(ShipmentStatus.OUT_FOR_DELIVERY)).isFalse();
		assertThat(ShipmentStatus.ARRIVING.advancesTo(ShipmentStatus.FAILED)).isTrue();
	}

	@Test
	void aTimelineReadsInTheOrderAShipmentAdvancesWhateverTheClocksSay() {
		java.time.Instant planned = java.time.Instant.parse("2026-11-27T08:40:00Z");
		// The van's clock runs two minutes behind the server's.
		List<ShipmentQueries.TimelineEntry> recorded = List.of(
				entry(ShipmentStatus.ARRIVING, planned.plusSeconds(600)),
				entry(ShipmentStatus.OUT_FOR_DELIVERY, planned.minusSeconds(120)),
				entry(ShipmentStatus.PLANNED, planned), entry(ShipmentStatus.CREATED, planned.minusSeconds(30)),
				entry(ShipmentStatus.CANCELLED, planned.plusSeconds(900)),
				entry(ShipmentStatus.FAILED, planned.plusSeconds(800)));
		assertThat(recorded.stream().sorted(ShipmentQueries.STORY_ORDER).map(ShipmentQueries.TimelineEntry::status))
			.containsExactly(ShipmentStatus.CREATED, ShipmentStatus.PLANNED, ShipmentStatus.OUT_FOR_DELIVERY,
					ShipmentStatus.ARRIVING, ShipmentStatus.FAILED, ShipmentStatus.CANCELLED);
	}

	private static ShipmentQueries.TimelineEntry entry(ShipmentStatus status, java.time.Instant at) {
		return new ShipmentQueries.TimelineEntry(status, at, "test", null);
	}

	@Test
	void trackingCodesCarryAtLeastEightyBitsAndAreUrlSafe() {
		TrackingCodes codes = new TrackingCodes(new io.zaplecze.tracking.TrackingProperties(null, null, null, null, null,
				new io.zaplecze.tracking.TrackingProperties.Codes(10, java.time.Duration.ofDays(30)), null, null));
		String code = codes.newCode();
		assertThat(code).matches("[A-Za-z0-9_-]{14}");
		assertThat(TrackingCodes.plausible(code)).isTrue();
		assertThat(TrackingCodes.plausible("../../etc/passwd")).isFalse();
		assertThat(codes.newCode()).isNotEqualTo(code);
	}

}
