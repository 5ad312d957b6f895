package io.zaplecze.platform;

import java.time.LocalDate;

/**
 * A module's contribution to the demo day, run once at start-up under the {@code demo} profile in
 * {@link #order()} (inventory before warehouse before routing before tracking). A contribution must
 * be idempotent: a restart of the demo must not seed twice.
 */
public interface DemoDay {

	/** Lower runs first. Inventory 100, warehouse 200, routing 300, the warehouse crew 350, tracking 400. */
	int order();

	/**
	 * Seeds this module's data for the given day.
	 * @param day the operating day being demonstrated (today in the configured zone)
	 */
	void seed(LocalDate day);

}
