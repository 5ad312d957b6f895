package io.zaplecze.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security headers of every response, under {@code zaplecze.security.headers}.
 *
 * @param contentSecurityPolicy the Content-Security-Policy; the default fits the web console
 * (same-origin scripts, tiles and SSE; MapLibre's blob workers and data/blob images; inline styles
 * that MapLibre and Swagger UI set) and Swagger UI. A basemap from another host
 * ({@code zaplecze.web.basemap.style-url}) needs its origin added to {@code connect-src} and
 * {@code img-src}.
 * @param referrerPolicy the Referrer-Policy: {@code same-origin} keeps tracking codes in URLs from
 * leaking to other sites
 */
@ConfigurationProperties("zaplecze.security.headers")
public record HeadersProperties(@DefaultValue(DEFAULT_CSP) String contentSecurityPolicy,
		@DefaultValue("same-origin") String referrerPolicy) {

	static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
			+ "child-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

}
