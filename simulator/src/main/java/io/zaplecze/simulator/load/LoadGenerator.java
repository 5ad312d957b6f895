package io.zaplecze.simulator.load;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.zaplecze.simulator.LoadConfig;
import io.zaplecze.simulator.LoadReport;
import io.zaplecze.simulator.SimulatorException;
import io.zaplecze.simulator.mqtt.MqttPublisher;
import io.zaplecze.simulator.mqtt.PahoConnection;
import io.zaplecze.simulator.mqtt.RawPublisher;

/**
 * The load mode: thousands of virtual devices publish telemetry over a few MQTT
 * connections at a target rate. Each connection has one publishing thread and a semaphore
 * sized to the broker's Receive Maximum (from the CONNACK), so the in-flight window stays
 * full but is never exceeded.
 */
public final class LoadGenerator {

	private static final long PACING_TICK_NANOS = 1_000_000L;

	private final LoadConfig config;

	private final PrintStream out;

	private final LatencyHistogram latency = new LatencyHistogram();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong acked = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong payloadBytes = new AtomicLong();

	private final AtomicLong remaining;

	private volatile long lastAckNanos;

	private volatile boolean stop;

	private LoadGenerator(LoadConfig config) {
		this.config = config;
		this.out = config.out();
		this.remaining = new AtomicLong((config.messages() > 0) ? config.messages() : Long.MAX_VALUE);
	}

	/** Runs the load and reports. */
	public static LoadReport run(LoadConfig config) throws InterruptedException {
		return new LoadGenerator(config).run();
	}

	private LoadReport run() throws InterruptedException {
		long firstSeq = (this.config.firstSeq() != null) ? this.config.firstSeq()
				: Instant.now().getEpochSecond() * 1_000_000L;
		String runTag = Long.toString(new SplittableRandom().nextLong() & 0xFFFFFFL, 36);
		List<Lane> lanes = new ArrayList<>();
		try {
			for (int c = 0; c < this.config.connections(); c++) {
				lanes.add(connect(c, runTag));
			}
			SplittableRandom random = new SplittableRandom(this.config.seed());
			for (int d = 0; d < this.config.devices(); d++) {
				String id = this.config.vehiclePrefix() + String.format(Locale.ROOT, "%05d", d + 1);
				lanes.get(d % lanes.size()).devices
					.add(new VirtualDevice(id, this.config.topicRoot(), firstSeq, this.config.centerLat(),
							this.config.centerLon(), this.config.radiusKm() * 1000, random.split()));
			}
			if (this.out != null) {
				this.out.printf(Locale.ROOT,
						"Load: %d devices, %d connection(s) to %s (Receive Maximum %s, window %d), target %s, for %ss%n",
						this.config.devices(), lanes.size(), this.config.brokerUrl(),
						lanes.stream().map(l -> l.connection.receiveMaximum()).toList(), lanes.get(0).window,
						(this.config.rate() > 0) ? String.format(Locale.ROOT, "%,.0f msg/s", this.config.rate())
								: "as fast as possible",
						this.config.duration().toSeconds());
			}
			long start = System.nanoTime();
			long end = start + this.config.duration().toNanos();
			long warmupEnd = start + this.config.warmup().toNanos();
			List<Thread> producers = new ArrayList<>();
			for (Lane lane : lanes) {
				Thread thread = new Thread(() -> produce(lane, start, end), "load-publisher-" + lane.index);
				producers.add(thread);
				thread.start();
			}
			long ackedAtWarmup = -1;
			long nextProgress = start + this.config.progressInterval().toNanos();
			long lastProgressAcked = 0;
			long lastProgressNanos = start;
			while (producers.stream().anyMatch(Thread::isAlive)) {
				Thread.sleep(20);
				long now = System.nanoTime();
				if (ackedAtWarmup < 0 && now >= warmupEnd) {
					ackedAtWarmup = this.acked.get();
					warmupEnd = now;
				}
				if (this.out != null && !this.config.progressInterval().isZero() && now >= nextProgress) {
					long ackedNow = this.acked.get();
					this.out.printf(Locale.ROOT, "[%5.1fs] sent %,d  acked %,d  failed %,d  | %,.0f msg/s%n",
							(now - start) / 1e9, this.sent.get(), ackedNow, this.failed.get(),
							(ackedNow - lastProgressAcked) / ((now - lastProgressNanos) / 1e9));
					lastProgressAcked = ackedNow;
					lastProgressNanos = now;
					nextProgress += this.config.progressInterval().toNanos();
				}
			}
			for (Thread thread : producers) {
				thread.join();
			}
			for (Lane lane : lanes) {
				if (!lane.permits.tryAcquire(lane.window, 30, TimeUnit.SECONDS)) {
					if (this.out != null) {
						this.out.println("Connection " + lane.index + " still has unacknowledged publishes after 30 s");
					}
				}
			}
			long last = Math.max(this.lastAckNanos, start + 1);
			double seconds = (last - start) / 1e9;
			double steady = (ackedAtWarmup >= 0 && last > warmupEnd)
					? (this.acked.get() - ackedAtWarmup) / ((last - warmupEnd) / 1e9) : Double.NaN;
			LoadReport report = new LoadReport(this.config.devices(), lanes.size(),
					lanes.stream().map(l -> l.connection.receiveMaximum()).toList(), lanes.get(0).window,
					this.config.qos(), this.sent.get(), this.acked.get(), this.failed.get(), seconds,
					this.acked.get() / seconds, steady,
					(this.sent.get() > 0) ? (double) this.payloadBytes.get() / this.sent.get() : 0,
					this.latency.percentileMillis(50), this.latency.percentileMillis(99),
					lanes.stream().map(l -> l.acked.get()).toList());
			if (this.out != null) {
				this.out.println(report.summary());
			}
			return report;
		}
		finally {
			this.stop = true;
			for (Lane lane : lanes) {
				lane.connection.disconnect(2000);
			}
		}
	}

	private Lane connect(int index, String runTag) {
		Lane lane = new Lane(index);
		PahoConnection.Broker broker = new PahoConnection.Broker(this.config.brokerUrl(), this.config.mqttUsername(),
				this.config.mqttPassword());
		try {
			String clientId = this.config.clientIdPrefix() + "-" + index + "-" + runTag;
			java.util.function.Consumer<Throwable> lost = cause -> {
				lane.lost = true;
				if (this.out != null) {
					this.out.println("Connection " + index + " lost: " + cause);
				}
			};
			lane.connection = switch (this.config.client()) {
				case RAW -> RawPublisher.connect(broker, clientId, lane, lost::accept, 15);
				case PAHO_BATCHING, PAHO_PLAIN -> PahoConnection.connectAndWait(broker, clientId,
						(this.config.client() == LoadConfig.Client.PAHO_BATCHING) ? PahoConnection.Transport.BATCHING
								: PahoConnection.Transport.PLAIN,
						lane, (c, cause) -> lost.accept(cause), 15);
			};
		}
		catch (Exception ex) {
			throw new SimulatorException("Cannot connect to the MQTT broker " + this.config.brokerUrl() + ": " + ex,
					ex);
		}
		int max = lane.connection.receiveMaximum();
		lane.window = (this.config.maxInflight() > 0) ? Math.min(this.config.maxInflight(), max) : max;
		lane.permits = new Semaphore(lane.window);
		return lane;
	}

	private void produce(Lane lane, long start, long end) {
		SplittableRandom random = new SplittableRandom(this.config.seed() * 31 + lane.index);
		double perLane = this.config.rate() / this.config.connections();
		long interval = (perLane > 0) ? (long) (1e9 / perLane) : 0;
		long next = start;
		int cursor = 0;
		int qos = this.config.qos();
		List<VirtualDevice> devices = lane.devices;
		try {
			while (!this.stop && !lane.lost) {
				if (System.nanoTime() >= end) {
					flush(lane);
					return;
				}
				if (!lane.permits.tryAcquire()) {
					// the window is full: whatever is still buffered must go out before acks can come
					flush(lane);
					if (!lane.permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
						continue;
					}
				}
				if (this.remaining.decrementAndGet() < 0) {
					lane.permits.release();
					flush(lane);
					return;
				}
				if (interval > 0) {
					// A fixed schedule, kept in ticks of about a millisecond: the messages due within
					// a tick go out together (thousands of devices do not wait for each other), so
					// the thread parks once per tick rather than once per message. A thread that fell
					// behind (a busy machine) catches up to one second.
					long now = System.nanoTime();
					next = Math.max(next + interval, now - 1_000_000_000L);
					if (next - now > PACING_TICK_NANOS) {
						flush(lane);
						LockSupport.parkNanos(next - now);
					}
				}
				VirtualDevice device = devices.get(cursor);
				cursor = (cursor + 1 == devices.size()) ? 0 : cursor + 1;
				byte[] payload = device.nextFix(System.currentTimeMillis(), random);
				this.payloadBytes.addAndGet(payload.length);
				this.sent.incrementAndGet();
				try {
					lane.connection.publish(device.topic, payload, qos, System.nanoTime());
				}
				catch (Exception ex) {
					this.failed.incrementAndGet();
					lane.permits.release();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void flush(Lane lane) {
		try {
			lane.connection.flush();
		}
		catch (java.io.IOException ex) {
			lane.lost = true; // the connection's loss handler says so; this lane stops publishing
		}
	}

	/** One connection with its devices, in-flight window and publishing thread. */
	private final class Lane implements PahoConnection.AckHandler {

		final int index;

		final List<VirtualDevice> devices = new ArrayList<>();

		final AtomicLong acked = new AtomicLong();

		MqttPublisher connection;

		int window;

		Semaphore permits;

		volatile boolean lost;

		Lane(int index) {
			this.index = index;
		}

		@Override
		public void acked(Object context) {
			long now = System.nanoTime();
			LoadGenerator.this.latency.record(now - (Long) context);
			LoadGenerator.this.acked.incrementAndGet();
			LoadGenerator.this.lastAckNanos = now;
			this.acked.incrementAndGet();
			this.permits.release();
		}

		@Override
		public void failed(Object context, Throwable cause) {
			LoadGenerator.this.failed.incrementAndGet();
			this.permits.release();
		}

	}

}
