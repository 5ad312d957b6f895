package io.zaplecze.tracking.mqtt;

import java.util.UUID;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;

import io.zaplecze.tracking.TrackingProperties;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the device broker: UP when a short-lived MQTT 5 connection with this instance's
 * credentials succeeds. A probe connection, not the ingest's, so a stalled ingest session cannot
 * hide a broker that is down (and the other way round); whether the ingest's own sessions are
 * subscribed is a detail.
 */
@Component("mqtt")
class MqttBrokerHealthIndicator extends AbstractHealthIndicator {

	private final TrackingProperties.Mqtt mqtt;

	private final MqttIngestClient ingest;

	MqttBrokerHealthIndicator(TrackingProperties properties, MqttIngestClient ingest) {
		super("MQTT broker health check failed");
		this.mqtt = properties.mqtt();
		this.ingest = ingest;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws MqttException {
		String clientId = "zaplecze-health-" + UUID.randomUUID().toString().substring(0, 8);
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(true);
		options.setConnectionTimeout((int) Math.max(1, this.mqtt.connectTimeout().toSeconds()));
		options.setAutomaticReconnect(false);
		MqttTransport.secure(options, this.mqtt);
		if (!this.mqtt.username().isEmpty()) {
			options.setUserName(this.mqtt.username());
			options.setPassword(this.mqtt.password().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		MqttClient client = new MqttClient(this.mqtt.brokerUrl(), clientId, new MemoryPersistence());
		try {
			client.connect(options);
			builder.up().withDetail("broker", this.mqtt.brokerUrl()).withDetail("ingestSubscribed", this.ingest.subscribed());
			client.disconnect();
		}
		finally {
			client.close(true);
		}
	}

}
