package io.zaplecze.tracking;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.zaplecze.platform.ModuleSchema;
import io.zaplecze.tracking.device.DeviceProperties;
import io.zaplecze.tracking.ingest.BatchStore;
import io.zaplecze.tracking.ingest.Detector;
import io.zaplecze.tracking.ingest.FleetMembership;
import io.zaplecze.tracking.ingest.IngestPipeline;
import io.zaplecze.tracking.mqtt.DynamicSecurityBroker;
import io.zaplecze.tracking.mqtt.MqttIngestClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the tracking module: its own database schema (migrated from {@code db/migration/tracking}),
 * the ingest pipeline and its MQTT client (left out with {@code zaplecze.tracking.mqtt.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TrackingProperties.class, DeviceProperties.class })
class TrackingConfiguration {

	@Bean
	ModuleSchema trackingSchema() {
		return new ModuleSchema("tracking");
	}

	@Bean
	IngestPipeline ingestPipeline(TrackingProperties properties, FleetMembership fleet, BatchStore store,
			Detector detector, Clock clock, ObjectProvider<MeterRegistry> meters) {
		return new IngestPipeline(properties, fleet, store, detector, clock, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	@ConditionalOnProperty(prefix = "zaplecze.tracking.mqtt", name = "enabled", havingValue = "true", matchIfMissing = true)
	MqttIngestClient mqttIngestClient(TrackingProperties properties, IngestPipeline pipeline, Clock clock,
			ObjectProvider<MeterRegistry> meters) {
		return new MqttIngestClient(properties, pipeline, clock, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	/** Device accounts in the broker's dynamic-security plugin (see {@code device}). */
	@Bean(destroyMethod = "close")
	DynamicSecurityBroker deviceBroker(TrackingProperties properties, DeviceProperties devices) {
		return new DynamicSecurityBroker(properties, devices);
	}

}
