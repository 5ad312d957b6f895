package io.zaplecze.inventory.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.InventoryProperties.Locking;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.command.CommandRetry;
import io.zaplecze.inventory.reservation.ReservationService.StaleAllocation;
import io.zaplecze.inventory.reservation.ReservationService.UnknownOrders;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entry to reserving: optimistic first (see {@link Allocator}), pessimistic when the optimistic
 * attempt met a row emptied under it, and always pessimistic inside a caller's transaction (a failed
 * optimistic attempt would doom it).
 */
@Component
public class Reserving {

	private static final Counter STALE = Metrics.counter("zaplecze.inventory.reservation.stale");

	private final ReservationService reservations;

	private final CommandRetry retry;

	private final Locking locking;

	Reserving(ReservationService reservations, CommandRetry retry, InventoryProperties properties) {
		this.reservations = reservations;
		this.retry = retry;
		this.locking = properties.reservationLocking();
	}

	public Allocation reserve(ReserveStock command, UnknownOrders unknownOrders) {
		if (this.locking == Locking.PESSIMISTIC || TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.retry.run(() -> this.reservations.reserve(command, unknownOrders, Locking.PESSIMISTIC));
		}
		return this.retry.run(() -> {
			try {
				return this.reservations.reserve(command, unknownOrders, Locking.OPTIMISTIC);
			}
			catch (StaleAllocation ex) {
				STALE.increment();
				return this.reservations.reserve(command, unknownOrders, Locking.PESSIMISTIC);
			}
		});
	}

}
