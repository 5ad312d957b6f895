package io.zaplecze.tracking.shipment;

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
