package io.zaplecze.routing.roadnetwork;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The road-network vector tiles, under {@code zaplecze.routing.tiles}.
 *
 * @param maxAge how long browsers and proxies may keep a tile without asking again (Cache-Control
 * max-age); after that they revalidate with the ETag, which changes only with the graph
 */
@ConfigurationProperties("zaplecze.routing.tiles")
public record NetworkTileProperties(@DefaultValue("1h") Duration maxAge) {

	public NetworkTileProperties {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("zaplecze.routing.tiles.max-age must not be negative");
		}
	}

}
