package io.zaplecze.warehouse.picking;

import io.zaplecze.routing.RoutePlanPublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Builds pick waves when routing publishes a plan (after routing's commit, in its own transaction). */
@Component("warehouseRoutePlanListener")
class RoutePlanListener {

	private final WaveService waves;

	RoutePlanListener(WaveService waves) {
		this.waves = waves;
	}

	@ApplicationModuleListener
	void on(RoutePlanPublished plan) {
		this.waves.planPublished(plan);
	}

}
