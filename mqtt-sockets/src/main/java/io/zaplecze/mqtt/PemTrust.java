package io.zaplecze.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS to a broker whose certificate is not in the JVM's trust store (the demo's self-signed one, a
 * private CA): a socket factory that trusts exactly the certificates of a PEM file. Paho verifies the
 * host name on top of it.
 */
public final class PemTrust {

	private static final Map<Path, SSLSocketFactory> FACTORIES = new ConcurrentHashMap<>();

	private PemTrust() {
	}

	/** A TLS socket factory trusting the certificates in {@code pem} (cached per file). */
	public static SSLSocketFactory socketFactory(Path pem) {
		return FACTORIES.computeIfAbsent(pem.toAbsolutePath(), PemTrust::load);
	}

	private static SSLSocketFactory load(Path pem) {
		try (InputStream in = Files.newInputStream(pem)) {
			KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
			trust.load(null, null);
			int i = 0;
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				trust.setCertificateEntry("broker-" + i++, certificate);
			}
			if (i == 0) {
				throw new IllegalStateException("No certificate in " + pem);
			}
			TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			tmf.init(trust);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, tmf.getTrustManagers(), null);
			return context.getSocketFactory();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the broker's trusted certificates " + pem + ": " + ex.getMessage(),
					ex);
		}
	}

}
