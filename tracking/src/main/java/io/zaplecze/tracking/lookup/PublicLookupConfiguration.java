package io.zaplecze.tracking.lookup;

import io.zaplecze.tracking.TrackingProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lookup's rate limiter, shared by its fast-path filter and its controller, and the filter's registration. */
@Configuration(proxyBeanMethods = false)
class PublicLookupConfiguration {

	@Bean
	ClientRateLimiter trackingLookupRateLimiter(TrackingProperties properties) {
		return new ClientRateLimiter(properties.lookup().requestsPerSecond(), properties.lookup().burst());
	}

	@Bean
	FilterRegistrationBean<PublicTrackingFilter> publicTrackingFilter(TrackingLookup lookup, ClientRateLimiter limiter) {
		FilterRegistrationBean<PublicTrackingFilter> registration = new FilterRegistrationBean<>(
				new PublicTrackingFilter(lookup, limiter));
		registration.addUrlPatterns(PublicTrackingFilter.PATH + "*");
		// after the application's security filter chain (order -100): the lookup stays subject to its rules
		registration.setOrder(0);
		return registration;
	}

}
