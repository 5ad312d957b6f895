package io.zaplecze.routing.plan;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.zaplecze.routing.delivery.Delivery;
import io.zaplecze.routing.delivery.DeliveryService;
import io.zaplecze.routing.fleet.FleetService;
import io.zaplecze.routing.fleet.FleetVehicle;

/** The dispatcher's figures of a plan version (see {@link PlanFigures}). */
@RestController
@EnableConfigurationProperties(EmissionProperties.class)
class PlanFiguresController {

	private final PublishService publishing;

	private final DeliveryService deliveries;

	private final FleetService fleet;

	private final PlanningProperties planning;

	private final EmissionProperties emissions;

	PlanFiguresController(PublishService publishing, DeliveryService deliveries, FleetService fleet,
			PlanningProperties planning, EmissionProperties emissions) {
		this.publishing = publishing;
		this.deliveries = deliveries;
		this.fleet = fleet;
		this.planning = planning;
		this.emissions = emissions;
	}

	@GetMapping("/api/v1/routing/plans/{planId}/versions/{version}/figures")
	PlanFigures figures(@PathVariable UUID planId, @PathVariable int version) {
		PlanRepository.Version v = this.publishing.version(planId, version);
		Map<UUID, Delivery> byShipment = this.deliveries.forDate(v.date())
			.stream()
			.collect(Collectors.toMap(Delivery::shipmentId, Function.identity(), (a, b) -> a));
		Map<String, FleetVehicle> byCode = this.fleet.list()
			.stream()
			.collect(Collectors.toMap(FleetVehicle::code, Function.identity(), (a, b) -> a));
		return PlanFigures.of(planId, version, v.content(), byShipment, byCode, this.planning.zone(),
				this.emissions.defaultGramsPerKm());
	}

}
