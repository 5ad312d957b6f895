package io.zaplecze.app.web;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web console, under {@code zaplecze.web}.
 *
 * @param basemap where the console's maps take their basemap from
 */
@ConfigurationProperties("zaplecze.web")
public record WebConsoleProperties(@DefaultValue Basemap basemap) {

	/**
	 * The basemap.
	 *
	 * @param styleUrl a MapLibre style URL for installations that have their own tile service; empty
	 * (the default): the console styles the app's own road-network vector tiles, which need no internet
	 */
	public record Basemap(@Nullable String styleUrl) {

		public Basemap {
			styleUrl = (styleUrl == null || styleUrl.isBlank()) ? null : styleUrl.trim();
		}

	}

}
