package io.zaplecze.tracking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the tracking module, under {@code zaplecze.tracking}.
 *
 * @param mqtt the device broker connection
 */
@ConfigurationProperties("zaplecze.tracking")
public record TrackingProperties(@DefaultValue Mqtt mqtt) {

	/**
	 * The MQTT 5 broker devices publish to.
	 *
	 * @param brokerUrl broker URL, {@code tcp://host:1883} or {@code ssl://host:8883}
	 * @param username broker user name; empty for anonymous
	 * @param password broker password; empty for anonymous
	 * @param topicRoot topics are {@code <topicRoot>/vehicles/{vehicleId}/telemetry|events}
	 * @param shareGroup MQTT 5 shared-subscription group: app instances in one group split the load
	 * @param clientId this instance's client id (persistent session); must be unique per instance
	 * @param connectTimeout how long a connection attempt may take
	 */
	public record Mqtt(@DefaultValue("tcp://127.0.0.1:1883") String brokerUrl, @DefaultValue("") String username,
			@DefaultValue("") String password, @DefaultValue("zaplecze/v1") String topicRoot,
			@DefaultValue("zaplecze-ingest") String shareGroup, @DefaultValue("zaplecze-app-1") String clientId,
			@DefaultValue("5s") Duration connectTimeout) {
	}

}
