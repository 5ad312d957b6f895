package io.zaplecze.tracking.device;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Device credentials, under {@code zaplecze.tracking.devices}. Each vehicle's device gets its own
 * broker account (client id = user name = {@code <usernamePrefix><vehicleId>}), created, rotated
 * and deleted at run time through the broker's dynamic-security control topic with the admin
 * account below.
 *
 * @param adminUsername the broker's dynamic-security admin; empty: provisioning answers 503
 * @param adminPassword its password
 * @param usernamePrefix prefix of device user names, client ids and their broker roles
 * @param secretBytes random bytes of a device secret (at least 16), rendered as hex
 * @param controlTimeout how long the broker may take to answer a control command
 */
@ConfigurationProperties("zaplecze.tracking.devices")
public record DeviceProperties(@DefaultValue("") String adminUsername, @DefaultValue("") String adminPassword,
		@DefaultValue("device-") String usernamePrefix, @DefaultValue("24") int secretBytes,
		@DefaultValue("5s") Duration controlTimeout) {

	public DeviceProperties {
		if (secretBytes < 16) {
			throw new IllegalArgumentException("zaplecze.tracking.devices.secret-bytes must be at least 16");
		}
	}

}
