package io.zaplecze.tracking.scale;

import java.lang.management.ManagementFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.live.LiveFleet;
import io.zaplecze.tracking.live.LiveMirror;
import io.zaplecze.tracking.mqtt.MqttIngestClient;
import io.zaplecze.tracking.plan.KnownVehicles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scale-out wiring ({@code zaplecze.tracking.scale.enabled=true}): the ingest lease. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScaleProperties.class)
class ScaleConfiguration {

	@Bean
	@ConditionalOnProperty(prefix = "zaplecze.tracking.scale", name = "enabled", havingValue = "true")
	IngestOwnership ingestOwnership(ScaleProperties settings, JdbcTemplate jdbc, MqttIngestClient ingest, LiveFleet fleet,
			LiveMirror mirror, KnownVehicles known, TrackingProperties tracking, ObjectProvider<MeterRegistry> meters) {
		return new IngestOwnership(settings, new IngestLeases(jdbc), ingest, fleet, mirror,
				new PlansElsewhere(jdbc, known, fleet),
				tracking.mqtt().clientId() + "@" + ManagementFactory.getRuntimeMXBean().getName(),
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

}
