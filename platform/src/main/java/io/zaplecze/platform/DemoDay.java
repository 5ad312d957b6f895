package io.zaplecze.platform;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

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

	/**
	 * Waits for what another module sends through events to arrive: reads until the list is not
	 * empty and its {@code key} has not changed for {@code quiet}, or {@code max} has passed.
	 * @return the last list read (empty if nothing arrived in time)
	 */
	static <T> List<T> awaitSettled(Supplier<List<T>> read, Function<List<T>, ?> key, Duration max, Duration quiet) {
		long deadline = System.nanoTime() + max.toNanos();
		List<T> last = read.get();
		Object lastKey = key.apply(last);
		long stableSince = System.nanoTime();
		while (System.nanoTime() < deadline) {
			if (!last.isEmpty() && System.nanoTime() - stableSince >= quiet.toNanos()) {
				return last;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return last;
			}
			List<T> now = read.get();
			Object nowKey = key.apply(now);
			if (!Objects.equals(nowKey, lastKey)) {
				lastKey = nowKey;
				stableSince = System.nanoTime();
			}
			last = now;
		}
		return last;
	}

}
