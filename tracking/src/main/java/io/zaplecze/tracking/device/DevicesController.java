package io.zaplecze.tracking.device;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vehicle devices' broker credentials, for dispatchers and admins: provision (the secret is in this
 * answer only), rotate, revoke, list.
 */
@RestController
@Validated
class DevicesController {

	private static final String VEHICLE_ID = "[A-Za-z0-9._-]{1,64}";

	private final DeviceService devices;

	DevicesController(DeviceService devices) {
		this.devices = devices;
	}

	record ProvisionDeviceRequest(@NotNull @Pattern(regexp = VEHICLE_ID) String vehicleId) {
	}

	@Operation(summary = "Provision a vehicle's device: a broker account whose secret is shown only in this answer")
	@PostMapping("/api/v1/tracking/devices")
	ResponseEntity<DeviceService.IssuedCredential> provision(@Valid @RequestBody ProvisionDeviceRequest request,
			@Nullable Principal principal) {
		DeviceService.IssuedCredential issued = this.devices.provision(request.vehicleId(), actor(principal));
		return ResponseEntity.created(URI.create("/api/v1/tracking/devices/" + issued.vehicleId()))
			.cacheControl(CacheControl.noStore())
			.body(issued);
	}

	@Operation(summary = "Rotate a device's secret: the new one is shown only in this answer, the old one stops working "
			+ "and the device is disconnected")
	@PostMapping("/api/v1/tracking/devices/{vehicleId}/secret")
	ResponseEntity<DeviceService.IssuedCredential> rotate(@PathVariable @Pattern(regexp = VEHICLE_ID) String vehicleId,
			@Nullable Principal principal) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.devices.rotate(vehicleId, actor(principal)));
	}

	@Operation(summary = "Revoke a device: disconnected at once and refused from then on (idempotent)")
	@DeleteMapping("/api/v1/tracking/devices/{vehicleId}")
	ResponseEntity<Void> revoke(@PathVariable @Pattern(regexp = VEHICLE_ID) String vehicleId,
			@Nullable Principal principal) {
		this.devices.revoke(vehicleId, actor(principal));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/tracking/devices")
	List<DeviceService.DeviceView> all() {
		return this.devices.all();
	}

	@GetMapping("/api/v1/tracking/devices/{vehicleId}")
	DeviceService.DeviceView one(@PathVariable @Pattern(regexp = VEHICLE_ID) String vehicleId) {
		return this.devices.one(vehicleId);
	}

	@ExceptionHandler(DeviceBrokerUnavailable.class)
	ResponseEntity<ProblemDetail> brokerUnavailable(DeviceBrokerUnavailable failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, failure.getMessage());
		problem.setType(URI.create("https://zaplecze.io/problems/device-broker-unavailable"));
		problem.setTitle("Device broker unavailable");
		problem.setProperty("code", "device-broker-unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
	}

	private static String actor(@Nullable Principal principal) {
		return (principal != null) ? principal.getName() : "anonymous";
	}

}
