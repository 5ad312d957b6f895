package io.zaplecze.app.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web console (the {@code web} module's build, on the classpath under
 * {@code zaplecze-web/}) at {@code /}. Vite's hashed files under {@code /assets/} are immutable and
 * cached for a year; everything else, above all {@code index.html}, is revalidated on every load so
 * a new release shows at once. Client routes ({@code /plan}, {@code /t/ABC123}: a GET without a
 * file extension outside the server's own paths) are answered with {@code index.html}, and the
 * router in the browser takes over (history-API fallback). Controllers win over these handlers, so
 * the API is untouched; an unknown API path stays a 404 problem detail.
 */
@Configuration(proxyBeanMethods = false)
class WebConsoleConfiguration implements WebMvcConfigurer {

	static final String LOCATION = "classpath:/zaplecze-web/";

	/** Paths that belong to the server, never to the console's router. */
	static final List<String> SERVER_PATHS = List.of("api/", "actuator/", "v3/", "swagger-ui/", "docs/", "error");

	/** The resource handler never sees an empty path: {@code /} is forwarded to the console's page. */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/").setViewName("forward:/index.html");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(LOCATION + "assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new PathResourceResolver());
		registry.addResourceHandler("/**")
			.addResourceLocations(LOCATION)
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new ClientRouteFallback());
	}

	/** A file if it exists; {@code index.html} for a client route; nothing (404) otherwise. */
	static final class ClientRouteFallback extends PathResourceResolver {

		@Override
		protected @Nullable Resource getResource(String resourcePath, Resource location) throws IOException {
			Resource file = location.createRelative(resourcePath);
			if (!resourcePath.isEmpty() && file.isReadable() && isFile(file)) {
				return file;
			}
			if (!isClientRoute(resourcePath)) {
				return null;
			}
			Resource index = location.createRelative("index.html");
			return index.isReadable() ? index : null;
		}

		private static boolean isFile(Resource resource) {
			String name = resource.getFilename();
			return name != null && !name.isEmpty();
		}

	}

	/** A path (without the leading slash) that the console's router answers. */
	static boolean isClientRoute(String path) {
		for (String prefix : SERVER_PATHS) {
			if (path.startsWith(prefix) || path.equals(prefix.replace("/", ""))) {
				return false;
			}
		}
		String last = path.substring(path.lastIndexOf('/') + 1);
		return !last.contains(".");
	}

}
