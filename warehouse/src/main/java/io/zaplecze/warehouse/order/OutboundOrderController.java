package io.zaplecze.warehouse.order;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse/orders")
@Tag(name = "Warehouse outbound orders", description = "Customer orders: reservation, backorders, readiness, route")
class OutboundOrderController {

	private final OrderService orders;

	OutboundOrderController(OrderService orders) {
		this.orders = orders;
	}

	@PostMapping
	@Operation(summary = "Enter an order: reserves stock by rotation policy, reports backorders, requests delivery",
			description = "Retried with the same Idempotency-Key and body it returns the first order (200); with another body → 409.")
	ResponseEntity<OrderResponse> create(@Valid @RequestBody CreateOrderRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		request.lines().forEach((l) -> lines.merge(l.sku(), l.quantity(), Integer::sum));
		OrderService.NewOrder order = new OrderService.NewOrder(request.site(), request.orderNumber(),
				request.customerName(), request.address(), request.location(), request.requestedDate(),
				request.timeWindows().stream().map((w) -> new TimeWindow(w.start(), w.end())).toList(), request.priority(),
				lines);
		OutboundOrder created = this.orders.create(order, idempotencyKey);
		OrderResponse body = OrderResponse.of(created);
		return ResponseEntity.created(URI.create("/api/v1/warehouse/orders/" + created.id())).body(body);
	}

	@GetMapping
	@Operation(summary = "Orders of a site for a day")
	List<OrderResponse> list(@RequestParam String site, @RequestParam LocalDate date) {
		return this.orders.orders(site, date).stream().map(OrderResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An order with its lines, allocated lots and backorders")
	OrderResponse get(@PathVariable UUID id) {
		return OrderResponse.of(this.orders.order(id));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel an order that has not started picking; releases the stock")
	OrderResponse cancel(@PathVariable UUID id, @RequestBody(required = false) @Nullable CancelOrderRequest request) {
		String reason = (request != null && request.reason() != null) ? request.reason() : "Cancelled by customer";
		return OrderResponse.of(this.orders.cancel(id, reason));
	}

	record CreateOrderRequest(@NotBlank String site, @Nullable @Size(max = 64) String orderNumber,
			@NotBlank @Size(max = 200) String customerName, @NotBlank @Size(max = 400) String address,
			@NotNull GeoPoint location, @NotNull LocalDate requestedDate,
			@NotEmpty @Size(max = 4) List<@Valid @NotNull WindowRequest> timeWindows, @Nullable @Min(1) @Max(10) Integer priority,
			@NotEmpty @Size(max = 500) List<@Valid @NotNull LineRequest> lines) {
	}

	record WindowRequest(@NotNull Instant start, @NotNull Instant end) {
	}

	record LineRequest(@NotBlank String sku, @Positive int quantity) {
	}

	record CancelOrderRequest(@Nullable String reason) {
	}

	record OrderResponse(UUID id, String orderNumber, OrderStatus status, String customerName, String address,
			GeoPoint location, LocalDate requestedDate, List<TimeWindow> timeWindows, int priority, List<LineResponse> lines,
			int backorderedUnits, long weightGrams, long volumeCm3, int pallets, boolean needsRefrigeration,
			int serviceSeconds, @Nullable Instant readyAt, @Nullable UUID routeId, @Nullable String vehicleId,
			@Nullable Integer stopSequence) {

		static OrderResponse of(OutboundOrder o) {
			List<LineResponse> lines = o.lines().stream().map(LineResponse::of).toList();
			return new OrderResponse(o.id(), o.orderNumber(), o.status(), o.customerName(), o.address(), o.location(),
					o.requestedDate(), o.windows(), o.priority(), lines,
					lines.stream().mapToInt(LineResponse::backordered).sum(), o.weightGrams(), o.volumeCm3(), o.pallets(),
					o.needsRefrigeration(), o.serviceSeconds(), o.readyAt(), o.routeId(), o.vehicleId(), o.stopSequence());
		}

	}

	record LineResponse(int lineNo, String sku, TemperatureClass temperatureClass, int quantity, int allocated,
			int backordered, int picked, List<LotResponse> lots) {

		static LineResponse of(OrderLine l) {
			return new LineResponse(l.lineNo(), l.sku(), l.temperatureClass(), l.quantity(), l.allocated(), l.backordered(),
					l.picked(), l.allocations()
						.stream()
						.map((a) -> new LotResponse(a.lotNumber(), a.expiryDate(), a.locationId(), a.quantity()))
						.toList());
		}

	}

	record LotResponse(String lotNumber, @Nullable LocalDate expiryDate, String bin, int quantity) {
	}

}
