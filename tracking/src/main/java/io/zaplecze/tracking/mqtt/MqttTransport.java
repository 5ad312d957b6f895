package io.zaplecze.tracking.mqtt;

import java.nio.file.Path;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;

import io.zaplecze.mqtt.BatchingSocketFactory;
import io.zaplecze.mqtt.PemTrust;
import io.zaplecze.tracking.TrackingProperties;

/**
 * The transport of a broker connection: {@code ssl://} URLs get TLS, trusting the PEM certificate(s)
 * of {@code zaplecze.tracking.mqtt.trust-certificates} (the demo's self-signed certificate, a private
 * CA) or, without it, the JVM's default trust store; the host name is verified either way.
 */
public final class MqttTransport {

	private MqttTransport() {
	}

	/** Whether the URL is a TLS one. */
	public static boolean tls(String brokerUrl) {
		return brokerUrl.startsWith("ssl://");
	}

	/** Sets up TLS for {@code ssl://} URLs; plain URLs are left as they are. */
	static void secure(MqttConnectionOptions options, TrackingProperties.Mqtt mqtt) {
		if (tls(mqtt.brokerUrl())) {
			options.setHttpsHostnameVerificationEnabled(true);
			if (!mqtt.trustCertificates().isEmpty()) {
				options.setSocketFactory(trusting(Path.of(mqtt.trustCertificates())));
			}
		}
	}

	/** The ingest's transport: TLS as above, otherwise batching plain sockets. */
	static void ingest(MqttConnectionOptions options, TrackingProperties.Mqtt mqtt) {
		if (tls(mqtt.brokerUrl())) {
			secure(options, mqtt);
		}
		else {
			// Paho reads each packet header from the socket a byte at a time and flushes every
			// acknowledgement on its own; buffered reads and group-committed writes cut the system calls.
			options.setSocketFactory(new BatchingSocketFactory());
		}
	}

	/** A TLS socket factory that trusts exactly the certificates of a PEM file. */
	public static SSLSocketFactory trusting(Path pem) {
		return PemTrust.socketFactory(pem);
	}

}
