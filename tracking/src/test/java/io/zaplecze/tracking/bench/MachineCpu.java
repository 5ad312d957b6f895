package io.zaplecze.tracking.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Where the machine's CPU went during a benchmark: user + system time per process group (this JVM,
 * the load generator, Mosquitto, PostgreSQL) and the whole machine, read from {@code /proc}. On a
 * 2-core machine that runs everything, the cost per message of each part says more than a rate.
 */
final class MachineCpu {

	static final String THIS_JVM = "this JVM";

	static final String GENERATOR = "load generator";

	static final String MOSQUITTO = "mosquitto";

	static final String POSTGRES = "postgres";

	/** Clock ticks per second of {@code /proc} (USER_HZ, 100 on Linux x86-64). */
	private static final double TICKS_PER_SECOND = 100.0;

	private static final long NANOS_PER_TICK = 10_000_000L;

	private final Map<String, Long> ticks;

	private final long machineTicks;

	private MachineCpu(Map<String, Long> ticks, long machineTicks) {
		this.ticks = ticks;
		this.machineTicks = machineTicks;
	}

	/**
	 * Snapshot; {@code loadGeneratorPid} may be 0 when the load runs inside this JVM. PostgreSQL
	 * counts the backends of {@code database} and the server's own background processes (WAL
	 * writer, checkpointer, autovacuum), not other databases' sessions; a null database counts
	 * every PostgreSQL process.
	 */
	static MachineCpu snapshot(long loadGeneratorPid, @Nullable String database) {
		long self = ProcessHandle.current().pid();
		Map<String, Long> ticks = new LinkedHashMap<>();
		ticks.put(THIS_JVM, 0L);
		ticks.put(GENERATOR, 0L);
		ticks.put(MOSQUITTO, 0L);
		ticks.put(POSTGRES, 0L);
		try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
			procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
				long pid = Long.parseLong(p.getFileName().toString());
				String[] stat = stat(p);
				if (stat == null) {
					return;
				}
				String name = stat[0];
				long used = Long.parseLong(stat[12]) + Long.parseLong(stat[13]);
				String group = (pid == self) ? THIS_JVM : (pid == loadGeneratorPid) ? GENERATOR
						: name.equals("mosquitto") ? MOSQUITTO
								: (name.startsWith("postgres") && (database == null || ours(p, database))) ? POSTGRES : null;
				if (group != null) {
					ticks.merge(group, used, Long::sum);
				}
			});
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new MachineCpu(ticks, machineBusyTicks());
	}

	/** CPU time of one part ({@link #THIS_JVM}, {@link #GENERATOR}, ...) since boot. */
	long nanos(String part) {
		return this.ticks.getOrDefault(part, 0L) * NANOS_PER_TICK;
	}

	/** Busy time of all CPUs since boot. */
	long machineBusyNanos() {
		return this.machineTicks * NANOS_PER_TICK;
	}

	/** A backend of the given database, or a background process of the server (no database). */
	private static boolean ours(Path proc, String database) {
		try {
			String title = new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ').trim();
			if (!title.startsWith("postgres: ")) {
				return true; // the postmaster itself
			}
			// "postgres: [cluster: ]user database host state" for a backend
			java.util.List<String> words = java.util.Arrays.asList(title.split(" "));
			boolean background = title.contains("writer") || title.contains("checkpointer") || title.contains("autovacuum")
					|| title.contains("launcher") || title.contains("archiver") || title.contains("stats");
			return background || words.contains(database);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Per part: CPU microseconds per message between two snapshots, and the machine's busy share. */
	static String report(MachineCpu from, MachineCpu to, long messages, double seconds) {
		StringBuilder out = new StringBuilder("CPU per stored message:");
		long total = 0;
		for (Map.Entry<String, Long> e : to.ticks.entrySet()) {
			long used = e.getValue() - from.ticks.getOrDefault(e.getKey(), 0L);
			total += used;
			out.append(String.format(Locale.ROOT, " %s %.1f µs,", e.getKey(), micros(used) / Math.max(1, messages)));
		}
		long machine = to.machineTicks - from.machineTicks;
		out.append(String.format(Locale.ROOT, " all four %.1f µs, whole machine %.1f µs (%.2f of the %d cores busy)",
				micros(total) / Math.max(1, messages), micros(machine) / Math.max(1, messages),
				machine / TICKS_PER_SECOND / seconds, Runtime.getRuntime().availableProcessors()));
		return out.toString();
	}

	private static double micros(long ticks) {
		return ticks / TICKS_PER_SECOND * 1e6;
	}

	/** The fields of {@code /proc/<pid>/stat} after the pid, the name first (without parentheses). */
	private static String[] stat(Path proc) {
		try {
			String line = Files.readString(proc.resolve("stat"));
			int open = line.indexOf('(');
			int close = line.lastIndexOf(')');
			String name = line.substring(open + 1, close);
			String[] rest = line.substring(close + 2).split(" ");
			String[] fields = new String[rest.length + 1];
			fields[0] = name;
			System.arraycopy(rest, 0, fields, 1, rest.length);
			// fields[1] is the state; utime and stime are fields 14 and 15 of the stat line
			return fields;
		}
		catch (IOException | RuntimeException ex) {
			return null; // the process ended meanwhile
		}
	}

	/** Busy (non-idle, non-iowait) ticks of all CPUs since boot, from {@code /proc/stat}. */
	private static long machineBusyTicks() {
		try {
			String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
			String[] f = cpu.trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < f.length && i <= 8; i++) {
				if (i != 4 && i != 5) {
					busy += Long.parseLong(f[i]);
				}
			}
			return busy;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
