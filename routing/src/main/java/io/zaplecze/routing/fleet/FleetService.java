package io.zaplecze.routing.fleet;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;

/** Keeps the fleet: create, replace, remove vehicles and take them out of service. */
@Service
public class FleetService {

	private final VehicleRepository vehicles;

	private final Clock clock;

	FleetService(VehicleRepository vehicles, Clock clock) {
		this.vehicles = vehicles;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FleetVehicle> list() {
		return this.vehicles.findAll();
	}

	/** Vehicles that can be planned today. */
	@Transactional(readOnly = true)
	public List<FleetVehicle> available() {
		return this.vehicles.findAll().stream().filter(FleetVehicle::available).toList();
	}

	@Transactional(readOnly = true)
	public FleetVehicle get(UUID id) {
		return this.vehicles.findById(id).orElseThrow(() -> new VehicleNotFound(id.toString()));
	}

	@Transactional(readOnly = true)
	public FleetVehicle byCode(String code) {
		return this.vehicles.findByCode(code).orElseThrow(() -> new VehicleNotFound(code));
	}

	@Transactional
	FleetVehicle create(VehicleRequest request) {
		if (this.vehicles.findByCode(request.code()).isPresent()) {
			throw new VehicleCodeTaken(request.code());
		}
		FleetVehicle v = toVehicle(UUID.randomUUID(), request);
		this.vehicles.insert(v, this.clock.instant());
		return v;
	}

	/** Adds a vehicle unless one with the same code exists (for seeding); returns the stored one. */
	@Transactional
	public FleetVehicle ensure(FleetVehicle vehicle) {
		return this.vehicles.findByCode(vehicle.code()).orElseGet(() -> {
			this.vehicles.insert(vehicle, this.clock.instant());
			return vehicle;
		});
	}

	@Transactional
	FleetVehicle replace(UUID id, VehicleRequest request) {
		get(id);
		this.vehicles.findByCode(request.code()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new VehicleCodeTaken(request.code());
		});
		FleetVehicle v = toVehicle(id, request);
		this.vehicles.update(v, this.clock.instant());
		return v;
	}

	@Transactional
	void delete(UUID id) {
		if (this.vehicles.delete(id) == 0) {
			throw new VehicleNotFound(id.toString());
		}
	}

	static FleetVehicle toVehicle(UUID id, VehicleRequest r) {
		return new FleetVehicle(id, r.code(), r.profile() == null ? VehicleProfile.CAR : r.profile(), r.depotId(),
				new GeoPoint(r.depot().lat(), r.depot().lon()), r.shiftStart(), r.shiftEnd(), r.capacityGrams(),
				r.capacityCm3(), r.capacityPallets(), r.refrigerated(), r.maxRouteSeconds(), r.breakStart(),
				r.breakEnd(), r.breakSeconds(), r.costPerKmCents(), r.costPerHourCents(), r.fixedCostCents(),
				r.co2GramsPerKm(), r.multiTrip(), r.reloadSeconds(), r.available() == null || r.available());
	}

}
