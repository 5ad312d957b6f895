package io.zaplecze.warehouse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Outbound orders for other modules: what a shipment holds, and what happens after a delivery
 * failed because the goods were damaged.
 */
public interface OrderManagement {

	/** The shipment (an outbound order) with its site and lines, if it exists. */
	Optional<ShipmentView> shipment(UUID shipmentId);

	/**
	 * The goods of a damaged delivery come back: each damaged unit is booked as a RETURN into the
	 * site's quarantine location (on hand, never allocated), and a re-delivery order for the next day
	 * is created from the same lines (stock reserved again, delivery requested). Idempotent per
	 * shipment: asking again returns the first outcome.
	 *
	 * @param lines what was damaged; empty means everything the shipment carried
	 * @param photoRef the driver's photo of the damage, if any
	 */
	Redelivery returnDamaged(UUID shipmentId, List<DamagedLine> lines, @Nullable String photoRef);

	/** A shipment as reports and exception handling see it; route and vehicle once planned. */
	record ShipmentView(UUID shipmentId, String orderNumber, String siteCode, LocalDate deliveryDate, String customerName,
			@Nullable UUID routeId, @Nullable String vehicleId, List<Line> lines) {

		public ShipmentView {
			lines = List.copyOf(lines);
		}

	}

	/** An order line: ordered, allocated and picked units. */
	record Line(String sku, int quantity, int allocated, int picked) {
	}

	/** Units of a product reported damaged. */
	record DamagedLine(String sku, int quantity) {
	}

	/**
	 * The outcome of a damaged delivery.
	 *
	 * @param shipmentId the failed shipment
	 * @param redeliveryShipmentId the new order for the next day
	 * @param redeliveryOrderNumber its number ({@code <original>-R1})
	 * @param redeliveryDate its day
	 * @param quarantineLocation where the damaged goods were booked
	 * @param returnedUnits units booked into quarantine
	 */
	record Redelivery(UUID shipmentId, UUID redeliveryShipmentId, String redeliveryOrderNumber, LocalDate redeliveryDate,
			String quarantineLocation, int returnedUnits) {
	}

}
