package io.zaplecze.simulator.device;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zaplecze.simulator.mqtt.PahoConnection;

/**
 * A device's link to the broker, as a real tracker's firmware keeps it: every message
 * goes through an outbox; at most the broker's Receive Maximum are unacknowledged at
 * once; while the device is offline (a dropout, a lost connection) messages wait in the
 * outbox, and when it is back they are sent in their original order, unacknowledged ones
 * first. Lost connections are retried with back-off. QoS 1 only.
 */
public final class DeviceConnection implements PahoConnection.AckHandler {

	/** Refusals of a message by a live connection before it is given up. */
	private static final int MAX_REFUSALS = 5;

	private static final long MAX_BACKOFF_MILLIS = 5_000;

	private final PahoConnection.Broker broker;

	private final String clientId;

	private final DeviceCounters counters;

	private final ScheduledExecutorService timer;

	private final int windowCap;

	private final Object lock = new Object();

	private final PriorityQueue<Outgoing> outbox = new PriorityQueue<>(Comparator.comparingLong(o -> o.order));

	private final Set<Outgoing> inFlight = Collections.newSetFromMap(new IdentityHashMap<>());

	private final AtomicBoolean pumping = new AtomicBoolean();

	private long nextOrder;

	private PahoConnection connection;

	/**
	 * Bumped whenever a connection ends: acknowledgements of an older one no longer free
	 * window slots.
	 */
	private long generation;

	private int window;

	private boolean wanted = true;

	private boolean connecting;

	private boolean everConnected;

	private boolean closed;

	private long backoffMillis;

	private volatile String lastError;

	private volatile int failedConnects;

	/**
	 * @param windowCap the most unacknowledged messages, below the broker's Receive
	 * Maximum (0: the broker's)
	 * @param timer runs reconnect attempts
	 */
	public DeviceConnection(PahoConnection.Broker broker, String clientId, DeviceCounters counters, int windowCap,
			ScheduledExecutorService timer) {
		this.broker = broker;
		this.clientId = clientId;
		this.counters = counters;
		this.windowCap = windowCap;
		this.timer = timer;
	}

	/** Starts connecting; messages submitted meanwhile wait in the outbox. */
	public void start() {
		connect();
	}

	/** Queues a message and sends what the window allows. */
	public void submit(Outgoing message) {
		synchronized (this.lock) {
			message.order = this.nextOrder++;
			queue(message);
			if (this.connection == null) {
				this.counters.bufferedOffline.incrementAndGet();
			}
		}
		pump();
	}

	/**
	 * The device loses connectivity: the link drops, messages queue until
	 * {@link #goOnline()}.
	 */
	public void goOffline() {
		PahoConnection lost;
		synchronized (this.lock) {
			this.wanted = false;
			lost = endConnection();
		}
		if (lost != null) {
			lost.kill();
		}
	}

	/** Connectivity is back: reconnect and send the queue. */
	public void goOnline() {
		synchronized (this.lock) {
			this.wanted = true;
		}
		connect();
	}

	/**
	 * The connection is cut abruptly; the device reconnects at once and resends what was
	 * not acknowledged.
	 */
	public void dropConnection() {
		PahoConnection lost;
		synchronized (this.lock) {
			lost = endConnection();
		}
		if (lost != null) {
			lost.kill();
			connect();
		}
	}

	/** Whether the device is connected now. */
	public boolean online() {
		synchronized (this.lock) {
			return this.connection != null;
		}
	}

	/** Whether the device has connected at least once. */
	public boolean everConnected() {
		synchronized (this.lock) {
			return this.everConnected;
		}
	}

	/** Messages queued or unacknowledged. */
	public int pending() {
		synchronized (this.lock) {
			return this.outbox.size() + this.inFlight.size();
		}
	}

	/** Connection attempts that failed so far. */
	public int failedConnects() {
		return this.failedConnects;
	}

	/** The last connection or publish error, for the operator. */
	public String lastError() {
		return this.lastError;
	}

	/**
	 * Waits until at most {@code limit} messages are pending, or the device goes offline,
	 * or the deadline ({@link System#nanoTime()}) passes.
	 */
	public void awaitPendingAtMost(int limit, long deadlineNanos) throws InterruptedException {
		synchronized (this.lock) {
			while (this.outbox.size() + this.inFlight.size() > limit && this.connection != null) {
				long left = deadlineNanos - System.nanoTime();
				if (left <= 0) {
					return;
				}
				TimeUnit.NANOSECONDS.timedWait(this.lock, left);
			}
		}
	}

	/**
	 * Waits until the device is connected; false if the deadline
	 * ({@link System#nanoTime()}) passed first.
	 */
	public boolean awaitOnline(long deadlineNanos) throws InterruptedException {
		synchronized (this.lock) {
			while (this.connection == null && !this.closed) {
				long left = deadlineNanos - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(this.lock, Math.min(left, 100_000_000));
			}
			return this.connection != null;
		}
	}

	/**
	 * Waits until everything has been acknowledged; false if the deadline passed first.
	 */
	public boolean awaitDrained(long deadlineNanos) throws InterruptedException {
		synchronized (this.lock) {
			while (!this.outbox.isEmpty() || !this.inFlight.isEmpty()) {
				long left = deadlineNanos - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(this.lock, Math.min(left, 100_000_000));
			}
			return true;
		}
	}

	/** Disconnects cleanly; whatever is still pending stays unsent. */
	public void close() {
		PahoConnection open;
		synchronized (this.lock) {
			this.closed = true;
			this.wanted = false;
			open = this.connection;
			this.connection = null;
			this.generation++;
			this.lock.notifyAll();
		}
		if (open != null) {
			open.disconnect(1000);
		}
	}

	@Override
	public void acked(Object context) {
		Attempt attempt = (Attempt) context;
		Outgoing message = attempt.message();
		synchronized (this.lock) {
			if (attempt.generation() == this.generation) {
				this.inFlight.remove(message);
			}
			if (!message.acked) {
				message.acked = true;
				// a requeued message acknowledged late by its old connection need not be
				// sent again
				if (message.queued) {
					this.outbox.remove(message);
					message.queued = false;
				}
				if (message.copy) {
					this.counters.duplicatesAcked.incrementAndGet();
				}
				else if (message.eventType == null) {
					this.counters.telemetryAcked.incrementAndGet();
				}
				else {
					this.counters.eventsAcked.incrementAndGet(message.eventType.ordinal());
				}
			}
			this.lock.notifyAll();
		}
		pump();
	}

	@Override
	public void failed(Object context, Throwable cause) {
		Attempt attempt = (Attempt) context;
		Outgoing message = attempt.message();
		boolean retry;
		synchronized (this.lock) {
			if (attempt.generation() != this.generation || !this.inFlight.remove(message)) {
				// the connection ended and has already requeued it
				return;
			}
			this.counters.publishFailures.incrementAndGet();
			this.lastError = String.valueOf(cause);
			if (attempt.via().isConnected()) {
				message.refusals++;
			}
			retry = !message.acked && message.refusals < MAX_REFUSALS;
			if (retry) {
				queue(message);
			}
			else if (!message.acked) {
				this.counters.abandoned.incrementAndGet();
			}
			this.lock.notifyAll();
		}
		if (retry) {
			this.timer.schedule(this::pump, 50, TimeUnit.MILLISECONDS);
		}
		else {
			pump();
		}
	}

	private void lost(PahoConnection which, Throwable cause) {
		boolean reconnect;
		synchronized (this.lock) {
			if (which != this.connection) {
				return;
			}
			this.lastError = String.valueOf(cause);
			endConnection();
			reconnect = this.wanted && !this.closed;
		}
		which.kill();
		if (reconnect) {
			connect();
		}
	}

	/**
	 * Forgets the current connection and requeues what it had in flight; caller holds the
	 * lock.
	 */
	private PahoConnection endConnection() {
		PahoConnection ended = this.connection;
		this.connection = null;
		this.generation++;
		for (Outgoing message : this.inFlight) {
			if (!message.acked) {
				queue(message);
			}
		}
		this.inFlight.clear();
		this.window = 0;
		this.lock.notifyAll();
		return ended;
	}

	/** Puts a message (back) in the outbox at its place; caller holds the lock. */
	private void queue(Outgoing message) {
		this.outbox.add(message);
		message.queued = true;
	}

	private void connect() {
		synchronized (this.lock) {
			if (this.closed || !this.wanted || this.connecting || this.connection != null) {
				return;
			}
			this.connecting = true;
		}
		PahoConnection.connect(this.broker, this.clientId, this, this::lost).whenComplete((connection, error) -> {
			boolean unwanted = false;
			synchronized (this.lock) {
				this.connecting = false;
				if (error != null) {
					this.lastError = String.valueOf(error);
					this.failedConnects++;
					this.backoffMillis = Math.min(MAX_BACKOFF_MILLIS, Math.max(100, this.backoffMillis * 2));
					if (this.wanted && !this.closed) {
						this.timer.schedule(this::connect, this.backoffMillis, TimeUnit.MILLISECONDS);
					}
					return;
				}
				if (this.closed || !this.wanted) {
					unwanted = true;
				}
				else {
					this.connection = connection;
					int max = connection.receiveMaximum();
					this.window = (this.windowCap > 0) ? Math.min(this.windowCap, max) : max;
					this.backoffMillis = 0;
					if (this.everConnected) {
						this.counters.reconnects.incrementAndGet();
					}
					this.everConnected = true;
					this.lock.notifyAll();
				}
			}
			if (unwanted) {
				connection.kill();
				return;
			}
			pump();
		});
	}

	/**
	 * Sends from the outbox while the window allows. One thread at a time (publish order
	 * is outbox order); a caller that finds another thread pumping leaves the work to it.
	 */
	private void pump() {
		while (this.pumping.compareAndSet(false, true)) {
			try {
				drain();
			}
			finally {
				this.pumping.set(false);
			}
			if (!sendable()) {
				return;
			}
		}
	}

	private boolean sendable() {
		synchronized (this.lock) {
			return this.connection != null && this.inFlight.size() < this.window && !this.outbox.isEmpty();
		}
	}

	private void drain() {
		while (true) {
			Outgoing message;
			PahoConnection via;
			long generation;
			synchronized (this.lock) {
				if (this.connection == null || this.inFlight.size() >= this.window || this.outbox.isEmpty()) {
					return;
				}
				message = this.outbox.poll();
				message.queued = false;
				this.inFlight.add(message);
				via = this.connection;
				generation = this.generation;
				if (message.attempts++ > 0) {
					this.counters.resends.incrementAndGet();
				}
			}
			this.counters.publishes.incrementAndGet();
			try {
				via.publish(message.topic, message.payload, 1, new Attempt(message, generation, via));
			}
			catch (Exception ex) {
				// refused at once (the connection is going down): back to the outbox, the
				// loss handler
				// or the next acknowledgement resumes sending
				synchronized (this.lock) {
					this.lastError = String.valueOf(ex);
					if (this.inFlight.remove(message)) {
						queue(message);
					}
					this.lock.notifyAll();
				}
				this.counters.publishFailures.incrementAndGet();
				this.timer.schedule(this::pump, 50, TimeUnit.MILLISECONDS);
				return;
			}
		}
	}

	private record Attempt(Outgoing message, long generation, PahoConnection via) {
	}

}
