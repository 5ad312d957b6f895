package io.zaplecze.app.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access, under {@code zaplecze.security.cors}: closed by default (the web console is
 * served from the same origin and needs none). Only the listed origins may call the API from a
 * browser, with credentials.
 *
 * @param allowedOrigins exact origins such as {@code https://console.example.com}; empty: none
 */
@ConfigurationProperties("zaplecze.security.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {

	public CorsProperties {
		for (String origin : allowedOrigins) {
			if (origin.equals("*") || !origin.matches("https?://[^/\\s*]+")) {
				throw new IllegalArgumentException("zaplecze.security.cors.allowed-origins: '" + origin
						+ "' is not an origin such as https://console.example.com (no wildcard, no path)");
			}
		}
	}

}
