package io.zaplecze.routing.roadnetwork;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The vector tiles of the loaded network; indexed on the first tile asked for, not at startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NetworkTileProperties.class)
class NetworkTileConfiguration {

	@Bean
	@Lazy
	NetworkTiles networkTiles(RoadGraph roadGraph) {
		return new NetworkTiles(roadGraph);
	}

}
