package io.zaplecze.routing.roadnetwork;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the road network at startup (importing it on the first start with an extract) and exposes
 * it as the routing module's {@link io.zaplecze.routing.RoadNetworkManagement}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoadNetworkProperties.class)
class RoadNetworkConfiguration {

	@Bean(destroyMethod = "close")
	RoadGraph roadGraph(RoadNetworkProperties properties) {
		return RoadGraphLoader.load(properties);
	}

	@Bean
	RoadNetworkService roadNetworkService(RoadGraph roadGraph, RoadNetworkProperties properties) {
		return new RoadNetworkService(roadGraph, properties);
	}

}
