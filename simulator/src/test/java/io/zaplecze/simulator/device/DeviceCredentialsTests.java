package io.zaplecze.simulator.device;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zaplecze.simulator.SimulatorException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceCredentialsTests {

	@TempDir
	Path dir;

	@Test
	void readsEachVehiclesOwnAccountWithTheUserNameAsDefaultClientId() throws Exception {
		Path file = this.dir.resolve("devices.properties");
		Files.writeString(file, """
				VAN-01.username=device-VAN-01
				VAN-01.clientId=device-VAN-01-cid
				VAN-01.secret=s1
				VAN-02.username=device-VAN-02
				VAN-02.secret=s2
				""");
		Map<String, DeviceCredentials.Credential> read = DeviceCredentials.read(file, List.of("VAN-01", "VAN-02"));
		assertThat(read.get("VAN-01")).isEqualTo(new DeviceCredentials.Credential("device-VAN-01", "device-VAN-01-cid", "s1"));
		assertThat(read.get("VAN-02")).isEqualTo(new DeviceCredentials.Credential("device-VAN-02", "device-VAN-02", "s2"));
	}

	@Test
	void aVehicleWithoutCredentialsFailsTheRunNamingIt() throws Exception {
		Path file = this.dir.resolve("devices.properties");
		Files.writeString(file, "VAN-01.username=u\nVAN-01.secret=s\n");
		assertThatThrownBy(() -> DeviceCredentials.read(file, List.of("VAN-01", "VAN-03")))
			.isInstanceOf(SimulatorException.class)
			.hasMessageContaining("VAN-03");
	}

}
