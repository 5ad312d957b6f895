package io.zaplecze.tracking.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceTopicTests {

	@Test
	void readsVehicleAndKindUnderAMultiLevelRoot() {
		assertThat(DeviceTopic.parse("zaplecze/v1/vehicles/VAN-01/telemetry", "zaplecze/v1"))
			.isEqualTo(new DeviceTopic("VAN-01", DeviceTopic.Kind.TELEMETRY));
		assertThat(DeviceTopic.parse("zaplecze/v1/vehicles/VAN-01/events", "zaplecze/v1").kind())
			.isEqualTo(DeviceTopic.Kind.EVENTS);
	}

	@Test
	void anythingElseHasNoKind() {
		assertThat(DeviceTopic.parse("other/v1/vehicles/VAN-01/telemetry", "zaplecze/v1").kind()).isNull();
		assertThat(DeviceTopic.parse("zaplecze/v1/vehicles/VAN-01/status", "zaplecze/v1").kind()).isNull();
		assertThat(DeviceTopic.parse("zaplecze/v1/vehicles//telemetry", "zaplecze/v1").kind()).isNull();
	}

}
