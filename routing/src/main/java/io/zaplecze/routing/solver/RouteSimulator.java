package io.zaplecze.routing.solver;

import java.util.List;

/**
 * The one definition of how a vehicle's day unfolds for a given order of visits; the shadow
 * variable, the constraints and the ruin-and-recreate search all read it, so they cannot disagree.
 *
 * <p>Rules, in the order they apply:
 * <ul>
 * <li>Trips: one, or with multi-trip a new trip whenever the next visit would overfill the vehicle
 * (reloading at the depot takes the vehicle's reload time).
 * <li>A trip leaves the depot when its goods are ready (the latest ready time among its visits), not
 * before the shift starts; the first trip leaves no earlier than it must to meet its first stop's
 * window (the driver is paid from departure, so waiting at the first stop is not planned), and with a
 * break due it still arrives there before the break window opens. A vehicle already on the road left with what was ready when it loaded;
 * a visit on that first trip whose goods became ready later is a ready-time violation.
 * <li>At a visit service starts at arrival inside a window, at the next window's start when early;
 * after the last window it starts at arrival and the lateness is a violation.
 * <li>The driver break is taken at the first moment at or after its window start when the vehicle is
 * at a stop (after service, or while waiting for a window when the wait is long enough); taken after
 * the window, or never although the day runs past it, is a violation.
 * </ul>
 */
final class RouteSimulator {

	private RouteSimulator() {
	}

	/** Everything a route evaluation yields; reused by the search to avoid allocation. */
	static final class Outcome implements PlannerRules.RouteFacts {

		int stops;

		long meters;

		long drivingSeconds;

		long departure;

		long end;

		long lateSeconds;

		long readyViolationSeconds;

		long overtimeSeconds;

		long durationExcessSeconds;

		long breakViolationSeconds;

		long breakStartedAt = -1;

		long excessGrams;

		long excessCm3;

		long excessPallets;

		int trips;

		long[] arrival = new long[0];

		long[] serviceStart = new long[0];

		long[] leave = new long[0];

		long[] late = new long[0];

		int[] trip = new int[0];

		void reset(int stops, boolean detailed) {
			this.stops = stops;
			this.meters = 0;
			this.drivingSeconds = 0;
			this.departure = 0;
			this.end = 0;
			this.lateSeconds = 0;
			this.readyViolationSeconds = 0;
			this.overtimeSeconds = 0;
			this.durationExcessSeconds = 0;
			this.breakViolationSeconds = 0;
			this.breakStartedAt = -1;
			this.excessGrams = 0;
			this.excessCm3 = 0;
			this.excessPallets = 0;
			this.trips = 0;
			if (detailed && this.arrival.length < stops) {
				this.arrival = new long[stops];
				this.serviceStart = new long[stops];
				this.leave = new long[stops];
				this.late = new long[stops];
				this.trip = new int[stops];
			}
		}

		/** Hard violation in the constraints' units (seconds, kg, litres, pallets): {@link PlannerRules#hard}. */
		long hard(Vehicle v) {
			return PlannerRules.hard(v, this);
		}

		/** Soft cost in cents and points: {@link PlannerRules#soft}. */
		long soft(Vehicle v) {
			return PlannerRules.soft(v, this);
		}

		@Override
		public int stopCount() {
			return this.stops;
		}

		@Override
		public long meters() {
			return this.meters;
		}

		@Override
		public long drivingSeconds() {
			return this.drivingSeconds;
		}

		@Override
		public long departure() {
			return this.departure;
		}

		@Override
		public long end() {
			return this.end;
		}

		@Override
		public long lateSeconds() {
			return this.lateSeconds;
		}

		@Override
		public long readyViolationSeconds() {
			return this.readyViolationSeconds;
		}

		@Override
		public long overtimeSeconds() {
			return this.overtimeSeconds;
		}

		@Override
		public long durationExcessSeconds() {
			return this.durationExcessSeconds;
		}

		@Override
		public long breakViolationSeconds() {
			return this.breakViolationSeconds;
		}

		@Override
		public long excessGrams() {
			return this.excessGrams;
		}

		@Override
		public long excessCm3() {
			return this.excessCm3;
		}

		@Override
		public long excessPallets() {
			return this.excessPallets;
		}

	}

	static RouteTimeline timeline(Vehicle vehicle, List<Visit> visits) {
		Visit[] seq = visits.toArray(new Visit[0]);
		Outcome out = new Outcome();
		run(vehicle, seq, seq.length, out, true);
		return RouteTimeline.of(vehicle, seq, out);
	}

	/** Distance cost in cents. */
	static long distanceCost(Vehicle v, long meters) {
		return (meters * v.getCostPerKmCents()) / 1000;
	}

	/**
	 * The driver's paid time in cents: the route's duration (departure to return) at the hourly cost,
	 * and the overtime premium for the part beyond the regular shift length.
	 */
	static long driverTimeCost(Vehicle v, PlannerRules.RouteFacts r) {
		if (v.getCostPerHourCents() == 0) {
			return 0;
		}
		long duration = Math.max(0, r.durationSeconds());
		long overtime = Math.max(0, duration - v.getRegularSeconds());
		return (duration * v.getCostPerHourCents()) / 3600
				+ (overtime * v.getCostPerHourCents() * v.getOvertimePremiumPercent()) / 360_000;
	}

	/** Workload balance: the square of the route's duration in minutes, times the vehicle's weight / 100. */
	static long balanceCost(Vehicle v, PlannerRules.RouteFacts r) {
		if (v.getBalanceWeight() == 0) {
			return 0;
		}
		long minutes = Math.max(0, r.durationSeconds()) / 60;
		return v.getBalanceWeight() * minutes * minutes / 100;
	}

	static void run(Vehicle v, Visit[] seq, int len, Outcome o, boolean detailed) {
		o.reset(len, detailed);
		if (len == 0 && !v.isEnRoute()) {
			return;
		}
		TravelCosts tc = v.travel();
		int loc = v.getStartLocation();
		int depot = v.getDepotLocation();
		long t = v.getStartTime();
		boolean breakDue = v.hasBreak();
		long breakStart = v.getBreakStart();
		long breakSeconds = v.getBreakSeconds();
		int i = 0;
		int trip = 0;
		do {
			int j = i;
			long grams = 0;
			long cm3 = 0;
			long pallets = 0;
			long maxReady = Long.MIN_VALUE;
			while (j < len) {
				Visit x = seq[j];
				if (v.isMultiTrip() && j > i && (grams + x.getWeightGrams() > v.getCapacityGrams()
						|| cm3 + x.getVolumeCm3() > v.getCapacityCm3()
						|| pallets + x.getPallets() > v.getCapacityPallets())) {
					break;
				}
				grams += x.getWeightGrams();
				cm3 += x.getVolumeCm3();
				pallets += x.getPallets();
				maxReady = Math.max(maxReady, x.getReadyTime());
				j++;
			}
			o.excessGrams += Math.max(0, grams - v.getCapacityGrams());
			o.excessCm3 += Math.max(0, cm3 - v.getCapacityCm3());
			o.excessPallets += Math.max(0, pallets - v.getCapacityPallets());
			if (trip == 0) {
				if (v.isEnRoute()) {
					for (int k = i; k < j; k++) {
						o.readyViolationSeconds += Math.max(0, seq[k].getReadyTime() - v.getLoadedAt());
					}
					o.departure = v.getRouteStartedAt();
				}
				else {
					t = Math.max(t, maxReady);
					if (j > i) {
						// Leave no earlier than needed to meet the first stop's window (no paid wait at
						// the first stop), and, with a break due, still arrive before the break window opens.
						long arrival = t + tc.seconds(loc, seq[i].getLocation());
						long start = seq[i].serviceStart(arrival);
						long delay = start < 0 ? 0 : start - arrival;
						if (breakDue) {
							delay = Math.min(delay, Math.max(0, breakStart - 1 - arrival));
						}
						t += delay;
					}
					o.departure = t;
				}
			}
			else {
				t = Math.max(t + v.getReloadSeconds(), maxReady);
			}
			if (breakDue && t >= breakStart) {
				o.breakStartedAt = t;
				t += breakSeconds;
				breakDue = false;
			}
			for (int k = i; k < j; k++) {
				Visit x = seq[k];
				int to = x.getLocation();
				long drive = tc.seconds(loc, to);
				o.meters += tc.meters(loc, to);
				o.drivingSeconds += drive;
				long arrival = t + drive;
				long start = x.serviceStart(arrival);
				long late = 0;
				if (start < 0) {
					late = arrival - x.lastWindowEnd();
					start = arrival;
				}
				if (breakDue && start - Math.max(arrival, breakStart) >= breakSeconds) {
					// A long enough wait for the window covers the break.
					o.breakStartedAt = Math.max(arrival, breakStart);
					breakDue = false;
				}
				o.lateSeconds += late;
				t = start + x.getServiceSeconds();
				if (detailed) {
					o.arrival[k] = arrival;
					o.serviceStart[k] = start;
					o.leave[k] = t;
					o.late[k] = late;
					o.trip[k] = trip;
				}
				if (breakDue && t >= breakStart) {
					o.breakStartedAt = t;
					t += breakSeconds;
					breakDue = false;
				}
				loc = to;
			}
			long back = tc.seconds(loc, depot);
			o.meters += tc.meters(loc, depot);
			o.drivingSeconds += back;
			t += back;
			loc = depot;
			trip++;
			i = j;
		}
		while (i < len);
		o.trips = trip;
		o.end = t;
		if (breakDue && t > v.getBreakEnd()) {
			o.breakViolationSeconds = t - v.getBreakEnd();
		}
		else if (o.breakStartedAt > v.getBreakEnd()) {
			o.breakViolationSeconds = o.breakStartedAt - v.getBreakEnd();
		}
		o.overtimeSeconds = Math.max(0, t - v.getShiftEnd());
		o.durationExcessSeconds = Math.max(0, t - o.departure - v.getMaxRouteSeconds());
	}

	static long ceilDiv(long value, long unit) {
		return value <= 0 ? 0 : (value + unit - 1) / unit;
	}

}
