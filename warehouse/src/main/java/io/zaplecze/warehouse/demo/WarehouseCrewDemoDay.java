package io.zaplecze.warehouse.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.platform.DemoDay;
import io.zaplecze.platform.DomainFailure;
import io.zaplecze.warehouse.loading.LoadingService;
import io.zaplecze.warehouse.picking.PickingService;
import io.zaplecze.warehouse.picking.WaveService;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The warehouse crew of the demo day (order 350, after routing has published the plan): once the
 * plan's pick waves exist, picks every wave through the same services the handheld API calls
 * (suggested lot and quantity, idempotency key per task), packs as the picks complete, and confirms
 * each route's vehicle loaded, so the day's shipments show PICKED and LOADED before the simulated
 * vans drive them. A pick the stock cannot serve is logged and left open, as a picker would; its
 * route is then not confirmed loaded. Idempotent: finished waves and loaded routes are skipped.
 */
@Component
@Profile("demo")
class WarehouseCrewDemoDay implements DemoDay {

	private static final Logger log = LoggerFactory.getLogger(WarehouseCrewDemoDay.class);

	/** Waves are built when the warehouse hears of the plan; how long to wait for them to settle. */
	private static final Duration WAIT_FOR_WAVES = Duration.ofSeconds(60);

	private static final Duration QUIET = Duration.ofSeconds(2);

	private final WaveService waves;

	private final PickingService picking;

	private final LoadingService loading;

	WarehouseCrewDemoDay(WaveService waves, PickingService picking, LoadingService loading) {
		this.waves = waves;
		this.picking = picking;
		this.loading = loading;
	}

	@Override
	public int order() {
		return 350;
	}

	@Override
	public void seed(LocalDate day) {
		List<WaveService.WaveView> planned = awaitWaves(day);
		if (planned.isEmpty()) {
			log.warn("Demo day {}: no pick waves within {} s; nothing picked or loaded", day, WAIT_FOR_WAVES.toSeconds());
			return;
		}
		int picks = 0;
		int leftOpen = 0;
		Set<UUID> routes = new LinkedHashSet<>();
		for (WaveService.WaveView wave : planned) {
			routes.add(wave.routeId());
			if ("DONE".equals(wave.status())) {
				continue;
			}
			if ("PLANNED".equals(wave.status())) {
				this.waves.start(wave.id());
			}
			for (WaveService.TaskView task : wave.tasks()) {
				if (!"OPEN".equals(task.status())) {
					continue;
				}
				try {
					this.picking.confirm(task.id(), task.quantity(), "demo-crew-" + task.id());
					picks++;
				}
				catch (DomainFailure ex) {
					leftOpen++;
					log.warn("Demo day {}: pick of {} × {} from {} left open: {}", day, task.quantity(), task.sku(),
							task.bin(), ex.getMessage());
				}
			}
		}
		int loaded = 0;
		for (UUID route : routes) {
			try {
				this.loading.confirmLoaded(route);
				loaded++;
			}
			catch (DomainFailure ex) {
				log.warn("Demo day {}: route {} not loaded: {}", day, route, ex.getMessage());
			}
		}
		log.info("Demo day {}: crew picked {} tasks in {} waves ({} left open), loaded {} of {} routes", day, picks,
				planned.size(), leftOpen, loaded, routes.size());
	}

	private List<WaveService.WaveView> awaitWaves(LocalDate day) {
		return DemoDay.awaitSettled(() -> this.waves.waves(WarehouseDemoDay.SITE, day),
				(waves) -> waves.stream().map(WaveService.WaveView::id).toList(), WAIT_FOR_WAVES, QUIET);
	}

}
