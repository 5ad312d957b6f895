package io.zaplecze.tracking.bench.lookup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The lookup benchmark's load generator, run as its own JVM so its CPU is not billed to the server
 * and can be told apart: N keep-alive HTTP/1.1 connections driven by one thread on one selector,
 * closed loop (each connection sends its next request when the previous answer is complete). JDK
 * only, so it runs from {@code target/test-classes} without the module's class path.
 *
 * <p>With a rate (requests/s) the measured window is open loop instead (the warm-up stays closed loop,
 * to warm the server up quickly): requests are due at fixed intervals and
 * sent on the next idle connection, and latency counts from when a request was due, so time spent
 * waiting for a connection is not hidden (no coordinated omission).
 *
 * <p>Arguments: {@code host port connections warmupSeconds seconds codesFile [pathSuffix [rate]]} (the
 * suffix, e.g. a query string, is appended to every request path; rate 0 = closed loop). Prints {@code MEASURING}
 * when the measured window starts, then one {@code RESULT} line: count, non-200 answers, reconnects,
 * latency percentiles in microseconds and this process's CPU in the window.
 */
public final class LookupLoadClient {

	private static final byte[] HEADER_END = { '\r', '\n', '\r', '\n' };

	private final InetSocketAddress server;

	private final byte[][] requests;

	private final Selector selector;

	private final SplittableRandom random = new SplittableRandom(42);

	private long[] latencies = new long[1 << 20];

	private int count;

	private long non200;

	private long reconnects;

	private boolean measuring;

	/** Open loop: connections waiting for the next due request. */
	private final java.util.ArrayDeque<Connection> idle = new java.util.ArrayDeque<>();

	private double ratePerNano;

	private LookupLoadClient(InetSocketAddress server, List<String> codes, String suffix) throws IOException {
		this.server = server;
		this.requests = new byte[codes.size()][];
		String host = server.getHostString() + ":" + server.getPort();
		for (int i = 0; i < codes.size(); i++) {
			this.requests[i] = ("GET /api/v1/track/" + codes.get(i) + suffix + " HTTP/1.1\r\nHost: " + host
					+ "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		}
		this.selector = Selector.open();
	}

	public static void main(String[] args) throws Exception {
		InetSocketAddress server = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
		int connections = Integer.parseInt(args[2]);
		long warmup = Long.parseLong(args[3]) * 1_000_000_000L;
		long seconds = Long.parseLong(args[4]) * 1_000_000_000L;
		List<String> codes = Files.readAllLines(Path.of(args[5])).stream().filter(s -> !s.isBlank()).toList();
		String suffix = (args.length > 6) ? args[6] : "";
		LookupLoadClient client = new LookupLoadClient(server, codes, suffix);
		client.ratePerNano = (args.length > 7) ? Double.parseDouble(args[7]) / 1e9 : 0;
		client.run(connections, warmup, seconds);
	}

	private void run(int connections, long warmupNanos, long measureNanos) throws IOException {
		for (int i = 0; i < connections; i++) {
			open();
		}
		long start = System.nanoTime();
		long measureFrom = start + warmupNanos;
		long end = measureFrom + measureNanos;
		long cpuFrom = 0;
		long issued = 0;
		while (true) {
			long now = System.nanoTime();
			long timeout = 100;
			if (this.ratePerNano > 0 && this.measuring) {
				// send every request due by now, each stamped with the instant it was due
				long due = (long) ((now - measureFrom) * this.ratePerNano);
				while (issued < due && !this.idle.isEmpty()) {
					Connection c = this.idle.poll();
					try {
						send(c, measureFrom + (long) ((issued + 1) / this.ratePerNano));
						issued++;
					}
					catch (IOException ex) {
						this.reconnects++;
						c.channel.close();
						open();
					}
				}
				timeout = 1;
			}
			if (!this.measuring && now >= measureFrom) {
				this.measuring = true;
				cpuFrom = cpuNanos();
				System.out.println("MEASURING");
				System.out.flush();
			}
			if (now >= end) {
				break;
			}
			this.selector.select(timeout);
			for (Iterator<SelectionKey> it = this.selector.selectedKeys().iterator(); it.hasNext();) {
				SelectionKey key = it.next();
				it.remove();
				Connection c = (Connection) key.attachment();
				try {
					if (key.isConnectable()) {
						c.channel.finishConnect();
						next(c);
					}
					else if (key.isWritable()) {
						flush(c);
					}
					else if (key.isReadable()) {
						read(c);
					}
				}
				catch (IOException ex) {
					// the server closed a keep-alive connection (or refused): count it and replace it
					this.reconnects++;
					this.idle.remove(c);
					key.cancel();
					c.channel.close();
					open();
				}
			}
		}
		long cpu = cpuNanos() - cpuFrom;
		long[] sorted = Arrays.copyOf(this.latencies, this.count);
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "RESULT count=%d non200=%d reconnects=%d p50us=%d p90us=%d p99us=%d p999us=%d maxus=%d cpuns=%d%n",
				this.count, this.non200, this.reconnects, percentile(sorted, 0.5), percentile(sorted, 0.9),
				percentile(sorted, 0.99), percentile(sorted, 0.999), percentile(sorted, 1.0), cpu);
		System.out.flush();
		this.selector.close();
	}

	private void open() throws IOException {
		SocketChannel channel = SocketChannel.open();
		channel.configureBlocking(false);
		channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
		Connection c = new Connection(channel);
		if (channel.connect(this.server)) {
			channel.register(this.selector, 0, c);
			next(c);
		}
		else {
			channel.register(this.selector, SelectionKey.OP_CONNECT, c);
		}
	}

	/** Closed loop: the connection's next request now; open loop: wait for the next due one. */
	private void next(Connection c) throws IOException {
		c.busy = false;
		if (this.ratePerNano > 0 && this.measuring) {
			c.in.clear();
			c.channel.keyFor(this.selector).interestOps(SelectionKey.OP_READ); // to notice a close
			this.idle.add(c);
		}
		else {
			send(c, System.nanoTime());
		}
	}

	private void send(Connection c, long dueAt) throws IOException {
		c.out = ByteBuffer.wrap(this.requests[this.random.nextInt(this.requests.length)]);
		c.in.clear();
		c.busy = true;
		c.sentAt = dueAt;
		flush(c);
	}

	private void flush(Connection c) throws IOException {
		c.channel.write(c.out);
		SelectionKey key = c.channel.keyFor(this.selector);
		key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
	}

	private void read(Connection c) throws IOException {
		if (!c.in.hasRemaining()) {
			throw new IOException("answer larger than the buffer");
		}
		if (c.channel.read(c.in) < 0) {
			throw new IOException("closed by the server");
		}
		if (!c.busy) {
			throw new IOException("unexpected bytes on an idle connection");
		}
		int length = c.in.position();
		byte[] b = c.in.array();
		int headerEnd = indexOf(b, length, HEADER_END, 0);
		if (headerEnd < 0) {
			return;
		}
		int bodyStart = headerEnd + 4;
		String head = new String(b, 0, headerEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		int contentLength = headerValue(head, "content-length");
		boolean complete;
		if (contentLength >= 0) {
			complete = length - bodyStart >= contentLength;
		}
		else if (head.contains("\r\ntransfer-encoding: chunked")) {
			complete = indexOf(b, length, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), bodyStart - 2) >= 0;
		}
		else {
			throw new IOException("answer without a length");
		}
		if (!complete) {
			return;
		}
		long took = System.nanoTime() - c.sentAt;
		int status = (b[9] - '0') * 100 + (b[10] - '0') * 10 + (b[11] - '0');
		if (this.measuring) {
			if (status != 200) {
				this.non200++;
			}
			if (this.count == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
			}
			this.latencies[this.count++] = took;
		}
		if (head.contains("\r\nconnection: close")) {
			throw new IOException("closed by the server after the answer");
		}
		next(c);
	}

	private static int headerValue(String head, String name) {
		int at = head.indexOf("\r\n" + name + ":");
		if (at < 0) {
			return -1;
		}
		int from = at + name.length() + 3;
		int to = head.indexOf("\r\n", from);
		return Integer.parseInt(head.substring(from, (to < 0) ? head.length() : to).trim());
	}

	private static int indexOf(byte[] b, int length, byte[] what, int from) {
		outer: for (int i = Math.max(0, from); i <= length - what.length; i++) {
			for (int j = 0; j < what.length; j++) {
				if (b[i + j] != what[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return -1;
		}
		int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1000;
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static final class Connection {

		final SocketChannel channel;

		final ByteBuffer in = ByteBuffer.allocate(64 * 1024);

		ByteBuffer out;

		long sentAt;

		boolean busy;

		Connection(SocketChannel channel) {
			this.channel = channel;
		}

	}

}
