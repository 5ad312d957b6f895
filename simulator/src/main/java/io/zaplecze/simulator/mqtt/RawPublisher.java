package io.zaplecze.simulator.mqtt;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * A minimal MQTT 5 publisher for the load mode: CONNECT, PUBLISH at QoS 0 or 1, PUBACK, DISCONNECT,
 * nothing else (no subscriptions, no QoS 2, no reconnect, no session). Paho spends three threads,
 * a token and several lock hand-offs on every publish; on a two-core machine that shares its cores
 * with the broker and the server under test, that cost is what the load generator must not have.
 * Publishes are written into a buffer and go out in one system call per {@link #flush()} (or when
 * the buffer fills); one reader thread parses the PUBACKs.
 *
 * <p>Not thread-safe for publishing: one producer thread per connection, as the load mode has.
 * The caller bounds the in-flight window by {@link #receiveMaximum()}: packet identifiers cycle
 * through 1..65535, so a window of at most 65535 never reuses one still in flight.
 */
public final class RawPublisher implements MqttPublisher {

	private static final int BUFFER_BYTES = 64 * 1024;

	private final Socket socket;

	private final OutputStream out;

	private final DataInputStream in;

	private final PahoConnection.AckHandler acks;

	/** Context per packet id; written by the publishing thread, read by the reader (hence atomic). */
	private final AtomicReferenceArray<Object> contexts = new AtomicReferenceArray<>(65536);

	private final int receiveMaximum;

	private final Thread reader;

	private int nextPacketId = 1;

	private volatile boolean closing;

	private RawPublisher(Socket socket, int receiveMaximum, DataInputStream in, PahoConnection.AckHandler acks,
			Consumer<IOException> loss)
			throws IOException {
		this.socket = socket;
		this.out = new BufferedOutputStream(socket.getOutputStream(), BUFFER_BYTES);
		this.in = in;
		this.acks = acks;
		this.receiveMaximum = receiveMaximum;
		this.reader = new Thread(() -> readAcks(loss), "mqtt-raw-reader");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** Connects with a clean start and waits for the CONNACK (its Receive Maximum bounds the window). */
	public static RawPublisher connect(PahoConnection.Broker broker, String clientId, PahoConnection.AckHandler acks,
			Consumer<IOException> loss,
			int timeoutSeconds) throws IOException {
		URI uri = URI.create(broker.brokerUrl());
		if (!"tcp".equals(uri.getScheme())) {
			throw new IOException("the raw publisher speaks plain tcp:// only, not " + broker.brokerUrl());
		}
		Socket socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.connect(new InetSocketAddress(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 1883),
				timeoutSeconds * 1000);
		socket.setSoTimeout(timeoutSeconds * 1000);
		OutputStream raw = socket.getOutputStream();
		raw.write(connectPacket(clientId, broker.username(), broker.password()));
		raw.flush();
		DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), BUFFER_BYTES));
		int header = in.readUnsignedByte();
		byte[] body = new byte[readVarInt(in)];
		in.readFully(body);
		if (header != 0x20 || body.length < 2) {
			socket.close();
			throw new IOException("expected a CONNACK, got packet type " + (header >> 4));
		}
		if ((body[1] & 0xFF) >= 0x80) {
			socket.close();
			throw new IOException("the broker refused the connection, reason code 0x" + Integer.toHexString(body[1] & 0xFF));
		}
		socket.setSoTimeout(0);
		return new RawPublisher(socket, receiveMaximumOf(body), in, acks, loss);
	}

	@Override
	public int receiveMaximum() {
		return this.receiveMaximum;
	}

	/** Buffers one PUBLISH; it goes out at the next {@link #flush()} or when the buffer is full. */
	@Override
	public void publish(String topic, byte[] payload, int qos, Object context) throws IOException {
		byte[] topicBytes = topic.getBytes(StandardCharsets.UTF_8);
		int packetId = 0;
		if (qos > 0) {
			packetId = this.nextPacketId;
			this.nextPacketId = (packetId == 65535) ? 1 : packetId + 1;
			this.contexts.set(packetId, context);
		}
		int remaining = 2 + topicBytes.length + ((qos > 0) ? 2 : 0) + 1 + payload.length;
		this.out.write(0x30 | (qos << 1));
		writeVarInt(this.out, remaining);
		this.out.write(topicBytes.length >> 8);
		this.out.write(topicBytes.length);
		this.out.write(topicBytes);
		if (qos > 0) {
			this.out.write(packetId >> 8);
			this.out.write(packetId);
		}
		this.out.write(0); // no properties
		this.out.write(payload);
		if (qos == 0) {
			this.acks.acked(context);
		}
	}

	/** Sends everything buffered. */
	@Override
	public void flush() throws IOException {
		this.out.flush();
	}

	@Override
	public void disconnect(long timeoutMillis) {
		this.closing = true;
		try {
			this.out.write(new byte[] { (byte) 0xE0, 0 });
			this.out.flush();
			this.reader.join(Math.max(1, timeoutMillis));
		}
		catch (IOException ex) {
			// going away anyway
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// nothing left to release
		}
	}

	private void readAcks(Consumer<IOException> loss) {
		try {
			while (true) {
				int header = this.in.read();
				if (header < 0) {
					throw new EOFException("the broker closed the connection");
				}
				int length = readVarInt(this.in);
				int type = header >> 4;
				if (type == 4 && length >= 2) { // PUBACK
					int packetId = this.in.readUnsignedShort();
					int reason = (length >= 3) ? this.in.readUnsignedByte() : 0;
					this.in.skipNBytes(Math.max(0, length - 3));
					Object context = this.contexts.getAndSet(packetId, null);
					if (reason < 0x80) {
						this.acks.acked(context);
					}
					else {
						this.acks.failed(context, new IOException("PUBACK reason code 0x" + Integer.toHexString(reason)));
					}
				}
				else if (type == 14) {
					throw new IOException("the broker sent DISCONNECT");
				}
				else {
					this.in.skipNBytes(length); // PINGRESP and anything else a publisher need not act on
				}
			}
		}
		catch (IOException ex) {
			if (!this.closing) {
				loss.accept(ex);
			}
		}
	}

	private static byte[] connectPacket(String clientId, String username, String password) throws IOException {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		writeString(body, "MQTT".getBytes(StandardCharsets.UTF_8));
		body.write(5); // protocol version
		int flags = 0x02; // clean start
		if (username != null) {
			flags |= 0x80;
		}
		if (password != null) {
			flags |= 0x40;
		}
		body.write(flags);
		body.write(0);
		body.write(60); // keep alive (s); the load runs end well before the broker would miss a ping
		body.write(0); // no properties
		writeString(body, clientId.getBytes(StandardCharsets.UTF_8));
		if (username != null) {
			writeString(body, username.getBytes(StandardCharsets.UTF_8));
		}
		if (password != null) {
			writeString(body, password.getBytes(StandardCharsets.UTF_8));
		}
		java.io.ByteArrayOutputStream packet = new java.io.ByteArrayOutputStream();
		packet.write(0x10);
		writeVarInt(packet, body.size());
		body.writeTo(packet);
		return packet.toByteArray();
	}

	/** The Receive Maximum property of a CONNACK body (65535 when absent, as the spec says). */
	static int receiveMaximumOf(byte[] connack) throws IOException {
		DataInputStream props = new DataInputStream(new java.io.ByteArrayInputStream(connack, 2, connack.length - 2));
		if (props.available() == 0) {
			return 65535;
		}
		int end = props.available() - readVarInt(props);
		while (props.available() > end) {
			int id = props.readUnsignedByte();
			switch (id) {
				case 0x21 -> {
					return props.readUnsignedShort();
				}
				case 0x01, 0x17, 0x19, 0x24, 0x25, 0x28, 0x29, 0x2A -> props.skipNBytes(1);
				case 0x13, 0x22, 0x23 -> props.skipNBytes(2);
				case 0x02, 0x11, 0x18, 0x27 -> props.skipNBytes(4);
				case 0x0B -> readVarInt(props);
				case 0x03, 0x08, 0x09, 0x12, 0x15, 0x16, 0x1A, 0x1C, 0x1F -> props.skipNBytes(props.readUnsignedShort());
				case 0x26 -> {
					props.skipNBytes(props.readUnsignedShort());
					props.skipNBytes(props.readUnsignedShort());
				}
				default -> throw new IOException("unknown CONNACK property 0x" + Integer.toHexString(id));
			}
		}
		return 65535;
	}

	private static void writeString(OutputStream out, byte[] bytes) throws IOException {
		out.write(bytes.length >> 8);
		out.write(bytes.length);
		out.write(bytes);
	}

	private static void writeVarInt(OutputStream out, int value) throws IOException {
		do {
			int digit = value & 0x7F;
			value >>>= 7;
			out.write((value > 0) ? digit | 0x80 : digit);
		}
		while (value > 0);
	}

	private static int readVarInt(InputStream in) throws IOException {
		int value = 0;
		for (int shift = 0; shift <= 21; shift += 7) {
			int b = in.read();
			if (b < 0) {
				throw new EOFException("truncated packet length");
			}
			value |= (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return value;
			}
		}
		throw new IOException("malformed packet length");
	}

}
