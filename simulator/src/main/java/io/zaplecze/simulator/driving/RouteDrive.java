package io.zaplecze.simulator.driving;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import io.zaplecze.simulator.FailureReason;
import io.zaplecze.simulator.StopEventType;
import io.zaplecze.simulator.Variation;
import io.zaplecze.simulator.plan.PublishedPlan;

/**
 * How one vehicle actually drives its route on a given run: along each leg's polyline at
 * the road network's speeds stretched by traffic and slow-downs, waiting for time
 * windows, dwelling at each stop for its (varied) service time, with some deliveries
 * failing. Computed once, up front, from a seed: the same seed gives the same day. A pure
 * model: it publishes nothing.
 */
public final class RouteDrive {

	private static final String[] RECIPIENTS = { "J. Kowalska", "A. Nowak", "M. Wiśniewski", "K. Wójcik",
			"P. Kowalczyk", "E. Kamińska", "T. Lewandowski", "Z. Zielińska", "B. Szymański", "D. Woźniak",
			"R. Dąbrowski", "H. Kozłowska", "S. Jankowski", "W. Mazur", "I. Krawczyk", "recepcja", "ochrona" };

	/**
	 * Share of the service time after which the parcel is handed over (the rest is
	 * paperwork).
	 */
	private static final double DELIVERED_AT = 0.85;

	/**
	 * A failed attempt takes this share of the service time, the outcome is known
	 * half-way.
	 */
	private static final double FAILED_DWELL = 0.6;

	private static final double FAILED_AT = 0.5;

	private final String vehicleId;

	private final List<Phase> phases;

	private final double[] phaseStarts;

	private final List<Visit> visits;

	private final List<Event> events;

	private RouteDrive(String vehicleId, List<Phase> phases, List<Visit> visits, List<Event> events) {
		this.vehicleId = vehicleId;
		this.phases = List.copyOf(phases);
		this.phaseStarts = phases.stream().mapToDouble(Phase::start).toArray();
		this.visits = List.copyOf(visits);
		this.events = List.copyOf(events);
	}

	/**
	 * Works out the day of one route.
	 * @param route a route with at least one stop and its legs (checked by the plan
	 * reader)
	 * @param variation traffic, service and failure variation
	 * @param random this vehicle's own random stream
	 * @param zone the zone whose clock hours the traffic follows
	 */
	public static RouteDrive of(PublishedPlan.Route route, Variation variation, SplittableRandom random, ZoneId zone) {
		Traffic traffic = new Traffic(variation, random.split(), zone);
		SplittableRandom slowdownRandom = random.split();
		SplittableRandom stopRandom = random.split();
		List<Phase> phases = new ArrayList<>();
		List<Visit> visits = new ArrayList<>();
		List<Event> events = new ArrayList<>();
		double t = route.departure().toEpochMilli() / 1000.0;
		LegPath first = new LegPath(route.legs().get(0));
		events.add(new Event(t, StopEventType.DEPARTED, null, 0, first.lat(0), first.lon(0), null, null, null));
		for (int i = 0; i < route.legs().size(); i++) {
			LegPath path = new LegPath(route.legs().get(i));
			Drive drive = Drive.of(path, t, traffic, slowdowns(path.duration(), variation, slowdownRandom));
			phases.add(drive);
			t = drive.end();
			if (i < route.stops().size()) {
				Visit visit = visit(route.stops().get(i), path, t, variation, stopRandom);
				phases.add(visit);
				visits.add(visit);
				events.addAll(visit.events());
				t = visit.depart();
			}
		}
		return new RouteDrive(route.vehicleId(), phases, visits, events);
	}

	private static Visit visit(PublishedPlan.Stop stop, LegPath path, double arrive, Variation variation,
			SplittableRandom random) {
		double serviceDraw = random.nextDouble();
		double failureDraw = random.nextDouble();
		double reasonDraw = random.nextDouble();
		int recipient = random.nextInt(RECIPIENTS.length);
		int signature = 1000 + random.nextInt(9000);
		double serviceStart = arrive;
		if (variation.waitForTimeWindows()) {
			serviceStart = stop.timeWindows()
				.stream()
				.filter(w -> w.start() != null && w.end() != null)
				.sorted(Comparator.comparing(PublishedPlan.Window::start))
				.filter(w -> w.end().toEpochMilli() / 1000.0 >= arrive)
				.findFirst()
				.map(w -> Math.max(arrive, w.start().toEpochMilli() / 1000.0))
				.orElse(arrive);
		}
		double service = Math.max(0, stop.serviceSeconds())
				* (1 + variation.serviceVariation() * (2 * serviceDraw - 1));
		boolean failed = failureDraw < variation.failureRate();
		double outcomeAt = serviceStart + service * (failed ? FAILED_AT : DELIVERED_AT);
		double depart = serviceStart + service * (failed ? FAILED_DWELL : 1.0);
		return new Visit(stop, arrive, serviceStart, outcomeAt, depart, !failed,
				failed ? FailureReason.pick(reasonDraw) : null, failed ? null : RECIPIENTS[recipient],
				failed ? null : "sig-" + signature, path.endLat(), path.endLon(), path.endHeading());
	}

	/** Random slow-downs on a leg: [start, end, factor] spans of road-speed time. */
	private static List<double[]> slowdowns(double duration, Variation variation, SplittableRandom random) {
		List<double[]> spans = new ArrayList<>();
		int count = Poisson.draw(variation.slowdownsPerHour() * duration / 3600, random);
		for (int i = 0; i < count; i++) {
			double centre = random.nextDouble() * duration;
			double factor = 2 + 2 * random.nextDouble();
			double extra = 15 + (variation.slowdownMaxSeconds() - 15) * random.nextDouble();
			double span = extra / (factor - 1);
			spans.add(new double[] { Math.max(0, centre - span / 2), Math.min(duration, centre + span / 2), factor });
		}
		return spans;
	}

	public String vehicleId() {
		return this.vehicleId;
	}

	/** Departure from the depot. */
	public double start() {
		return this.phaseStarts[0];
	}

	/** Back at the depot. */
	public double end() {
		return this.phases.get(this.phases.size() - 1).end();
	}

	/** Stops in route order, with what happens at each. */
	public List<Visit> visits() {
		return this.visits;
	}

	/** Every stop event of the day in time order (the depot departure first). */
	public List<Event> events() {
		return this.events;
	}

	/**
	 * Where the vehicle is at {@code t} (the depot before the start, the depot again
	 * after the end).
	 */
	public Position positionAt(double t) {
		int i = Arrays.binarySearch(this.phaseStarts, t);
		int index = (i >= 0) ? i : Math.max(0, -i - 2);
		// several phases may start at the same instant (an instant stop): take the last
		// one
		while (index + 1 < this.phaseStarts.length && this.phaseStarts[index + 1] <= t) {
			index++;
		}
		return this.phases.get(index).positionAt(t);
	}

	/**
	 * The vehicle at one instant.
	 *
	 * @param lat latitude
	 * @param lon longitude
	 * @param speedKmh speed over ground
	 * @param heading bearing, degrees from north
	 */
	public record Position(double lat, double lon, double speedKmh, double heading) {
	}

	/**
	 * A stop event as the device will report it.
	 *
	 * @param time simulated time
	 * @param type what happened
	 * @param stopId the stop, null for the depot departure
	 * @param sequence the stop's position in the route (0: depot)
	 * @param lat where the vehicle was
	 * @param lon where the vehicle was
	 * @param recipientName who took the parcel (DELIVERED)
	 * @param signatureRef the signature's reference (DELIVERED)
	 * @param reason why it failed (FAILED)
	 */
	public record Event(double time, StopEventType type, String stopId, int sequence, double lat, double lon,
			String recipientName, String signatureRef, FailureReason reason) {
	}

	private sealed interface Phase permits Drive, Visit {

		double start();

		double end();

		Position positionAt(double t);

	}

	/**
	 * What happens at one stop.
	 *
	 * @param stop the planned stop
	 * @param arrive when the vehicle gets there
	 * @param serviceStart when service starts (later than arrival when waiting for the
	 * time window)
	 * @param outcomeAt when the delivery succeeds or fails
	 * @param depart when the vehicle leaves
	 * @param delivered whether the delivery succeeds
	 * @param reason why it fails, or null
	 * @param recipientName who takes it, or null
	 * @param signatureRef signature reference, or null
	 * @param lat where the vehicle parks (the end of the leg's polyline)
	 * @param lon where the vehicle parks
	 * @param heading the vehicle's heading when it parked
	 */
	public record Visit(PublishedPlan.Stop stop, double arrive, double serviceStart, double outcomeAt, double depart,
			boolean delivered, FailureReason reason, String recipientName, String signatureRef, double lat, double lon,
			double heading) implements Phase {

		@Override
		public double start() {
			return this.arrive;
		}

		@Override
		public double end() {
			return this.depart;
		}

		@Override
		public Position positionAt(double t) {
			return new Position(this.lat, this.lon, 0, this.heading);
		}

		List<Event> events() {
			String id = this.stop.stopId();
			int seq = this.stop.sequence();
			return List.of(new Event(this.arrive, StopEventType.ARRIVED, id, seq, this.lat, this.lon, null, null, null),
					new Event(this.outcomeAt, this.delivered ? StopEventType.DELIVERED : StopEventType.FAILED, id, seq,
							this.lat, this.lon, this.recipientName, this.signatureRef, this.reason),
					new Event(this.depart, StopEventType.DEPARTED, id, seq, this.lat, this.lon, null, null, null));
		}

	}

	/**
	 * Driving one leg: a piecewise-linear map from simulated time to road-speed time
	 * ({@code tau}), with knots wherever the traffic factor changes (clock hours,
	 * slow-down edges).
	 */
	private record Drive(LegPath path, double[] knotT, double[] knotTau, double[] knotFactor) implements Phase {

		static Drive of(LegPath path, double startTime, Traffic traffic, List<double[]> slowdowns) {
			double duration = path.duration();
			TreeSet<Double> edges = new TreeSet<>();
			for (double[] s : slowdowns) {
				edges.add(s[0]);
				edges.add(s[1]);
			}
			edges.add(duration);
			List<double[]> knots = new ArrayList<>();
			double t = startTime;
			double tau = 0;
			while (tau < duration - 1e-9) {
				double nextTau = edges.higher(tau);
				double middle = (tau + nextTau) / 2;
				double factor = traffic.factor(t) * slowdownFactor(slowdowns, middle);
				double hourEnd = traffic.nextChange(t);
				double dt = (nextTau - tau) * factor;
				knots.add(new double[] { t, tau, factor });
				if (t + dt > hourEnd + 1e-6) {
					tau += (hourEnd - t) / factor;
					t = hourEnd;
				}
				else {
					tau = nextTau;
					t += dt;
				}
			}
			knots.add(new double[] { t, duration, 1 });
			return new Drive(path, knots.stream().mapToDouble(k -> k[0]).toArray(),
					knots.stream().mapToDouble(k -> k[1]).toArray(), knots.stream().mapToDouble(k -> k[2]).toArray());
		}

		private static double slowdownFactor(List<double[]> slowdowns, double tau) {
			double factor = 1;
			for (double[] s : slowdowns) {
				if (tau >= s[0] && tau < s[1]) {
					factor *= s[2];
				}
			}
			return factor;
		}

		@Override
		public double start() {
			return this.knotT[0];
		}

		@Override
		public double end() {
			return this.knotT[this.knotT.length - 1];
		}

		@Override
		public Position positionAt(double t) {
			int last = this.knotT.length - 1;
			if (t >= this.knotT[last]) {
				LegPath.Sample end = this.path.at(this.path.duration());
				return new Position(end.lat(), end.lon(), 0, end.heading());
			}
			int i = Arrays.binarySearch(this.knotT, t);
			int k = (i >= 0) ? i : Math.max(0, -i - 2);
			double tau = this.knotTau[k] + (Math.max(t, this.knotT[0]) - this.knotT[k]) / this.knotFactor[k];
			LegPath.Sample sample = this.path.at(tau);
			return new Position(sample.lat(), sample.lon(), sample.roadSpeedMps() / this.knotFactor[k] * 3.6,
					sample.heading());
		}

	}

}
