package io.zaplecze.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a fresh database on the real PostgreSQL/PostGIS server and at the
 * real MQTT broker (see {@link TestServices}). Use it through {@link RealServices}.
 */
public class RealServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestServices.Database db = TestServices.freshDatabase();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", db.jdbcUrl());
		properties.put("spring.datasource.username", db.username());
		properties.put("spring.datasource.password", db.password());
		TestServices.Mqtt mqtt = TestServices.mqtt();
		properties.put("zaplecze.tracking.mqtt.broker-url", mqtt.url());
		// The broker refuses anonymous clients: the ingest logs in with the test account (any topic root),
		// device provisioning with the dynamic-security admin.
		properties.put("zaplecze.tracking.mqtt.username", mqtt.username());
		properties.put("zaplecze.tracking.mqtt.password", mqtt.password());
		properties.put("zaplecze.tracking.mqtt.trust-certificates", mqtt.caFile());
		properties.put("zaplecze.tracking.devices.admin-username", mqtt.adminUsername());
		properties.put("zaplecze.tracking.devices.admin-password", mqtt.adminPassword());
		// Concurrent test runs share one broker: each context gets its own topic root, share group and
		// client id (two clients with one id take each other's persistent session and messages).
		String suffix = TestServices.uniqueSuffix();
		properties.put("zaplecze.tracking.mqtt.topic-root", "zt-" + suffix + "/v1");
		properties.put("zaplecze.tracking.mqtt.share-group", "zt-" + suffix);
		properties.put("zaplecze.tracking.mqtt.client-id", "zt-" + suffix);
		// Device accounts live in the broker, shared by concurrent runs: each context names its own.
		properties.put("zaplecze.tracking.devices.username-prefix", "zt-" + suffix + "-");
		// A test's persistent session must not outlive it on the shared broker for days.
		properties.put("zaplecze.tracking.mqtt.session-expiry", "10m");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("zaplecze-test-services", properties));
	}

}
