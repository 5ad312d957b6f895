package io.zaplecze.routing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon-format VRPTW instance with distances by the convention of the distance-minimising
 * best-known solutions (LKH-3's SCALE 10, FLOOR_2D): each arc's Euclidean length truncated to 0.1.
 * Everything is kept in tenths as integers: distance, travel time (equal to distance), windows and
 * service times.
 */
record SolomonInstance(String name, int vehicles, long capacity, int[] x, int[] y, long[] demand, long[] ready,
		long[] due, long[] service, long[][] distance) {

	/** Node 0 is the depot. */
	int nodes() {
		return this.x.length;
	}

	static SolomonInstance read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		String name = lines.stream().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("?");
		int vehicles = -1;
		long capacity = -1;
		List<long[]> rows = new ArrayList<>();
		boolean customers = false;
		for (int i = 0; i < lines.size(); i++) {
			String l = lines.get(i).trim();
			if (l.startsWith("NUMBER")) {
				String[] f = nextNonEmpty(lines, i + 1).split("\\s+");
				vehicles = Integer.parseInt(f[0]);
				capacity = Long.parseLong(f[1]);
			}
			else if (l.startsWith("CUST")) {
				customers = true;
			}
			else if (customers && !l.isEmpty() && Character.isDigit(l.charAt(0))) {
				String[] f = l.split("\\s+");
				long[] row = new long[7];
				for (int k = 0; k < 7; k++) {
					row[k] = Math.round(Double.parseDouble(f[k]));
				}
				rows.add(row);
			}
		}
		if (vehicles < 0 || rows.isEmpty()) {
			throw new IOException(file + " is not a Solomon-format instance");
		}
		int n = rows.size();
		int[] x = new int[n];
		int[] y = new int[n];
		long[] demand = new long[n];
		long[] ready = new long[n];
		long[] due = new long[n];
		long[] service = new long[n];
		for (int i = 0; i < n; i++) {
			long[] r = rows.get(i);
			x[i] = (int) r[1];
			y[i] = (int) r[2];
			demand[i] = r[3];
			ready[i] = r[4] * 10;
			due[i] = r[5] * 10;
			service[i] = r[6] * 10;
		}
		long[][] d = new long[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double e = Math.hypot(x[i] - x[j], y[i] - y[j]);
				d[i][j] = (long) Math.floor(e * 10 + 1e-9);
			}
		}
		return new SolomonInstance(name, vehicles, capacity, x, y, demand, ready, due, service, d);
	}

	private static String nextNonEmpty(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return lines.get(i).trim();
			}
		}
		return "";
	}

	/**
	 * Checks routes (customer node numbers, depot excluded) against the instance and returns their
	 * distance in tenths; throws if any rule is broken or a customer is served twice or never.
	 */
	long validate(List<int[]> routes) {
		boolean[] seen = new boolean[nodes()];
		long total = 0;
		for (int[] r : routes) {
			long t = 0;
			long load = 0;
			int prev = 0;
			for (int c : r) {
				if (c <= 0 || c >= nodes() || seen[c]) {
					throw new IllegalStateException(this.name + ": customer " + c + " invalid or served twice");
				}
				seen[c] = true;
				t += this.distance[prev][c];
				total += this.distance[prev][c];
				if (t > this.due[c]) {
					throw new IllegalStateException(this.name + ": customer " + c + " reached after its due time");
				}
				t = Math.max(t, this.ready[c]) + this.service[c];
				load += this.demand[c];
				prev = c;
			}
			if (r.length > 0) {
				t += this.distance[prev][0];
				total += this.distance[prev][0];
				if (load > this.capacity || t > this.due[0]) {
					throw new IllegalStateException(this.name + ": a route breaks capacity or the depot's closing time");
				}
			}
		}
		for (int c = 1; c < nodes(); c++) {
			if (!seen[c]) {
				throw new IllegalStateException(this.name + ": customer " + c + " not served");
			}
		}
		return total;
	}

}
