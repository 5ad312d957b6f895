package io.zaplecze.mqtt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Plain TCP sockets that cost Paho fewer system calls per MQTT packet. Paho reads every packet
 * header from the raw socket a byte or two at a time (three reads per PUBACK or PUBLISH header)
 * and flushes every packet it sends with its own write. Here reads are buffered, and writes are
 * group-committed: a flush hands the bytes to a writer thread that sends everything gathered so
 * far in one write, while Paho goes on filling the other buffer. Nothing waits on a timer, so a
 * lone packet goes out at once; under load, many packets share one system call. The simulator's
 * load mode publishes through it, the tracking ingest receives and acknowledges through it.
 */
public final class BatchingSocketFactory extends SocketFactory {

	private static final int BUFFER_BYTES = 64 * 1024;

	@Override
	public Socket createSocket() {
		return new BatchingSocket();
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return connected(new InetSocketAddress(host, port), null);
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return connected(new InetSocketAddress(host, port), null);
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
	}

	private static Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
		Socket socket = new BatchingSocket();
		if (local != null) {
			socket.bind(local);
		}
		socket.connect(remote);
		return socket;
	}

	private static final class BatchingSocket extends Socket {

		private InputStream in;

		private GroupCommitOutputStream out;

		BatchingSocket() {
			try {
				setTcpNoDelay(true);
			}
			catch (IOException ex) {
				// the default is acceptable
			}
		}

		@Override
		public synchronized InputStream getInputStream() throws IOException {
			if (this.in == null) {
				this.in = new BufferedInputStream(super.getInputStream(), BUFFER_BYTES);
			}
			return this.in;
		}

		@Override
		public synchronized OutputStream getOutputStream() throws IOException {
			if (this.out == null) {
				this.out = new GroupCommitOutputStream(super.getOutputStream());
			}
			return this.out;
		}

		@Override
		public void close() throws IOException {
			GroupCommitOutputStream pending;
			synchronized (this) {
				pending = this.out;
			}
			if (pending != null) {
				// a DISCONNECT written just before the close still goes out
				pending.drainAndStop(500);
			}
			super.close();
		}

	}

	/** Double-buffered output drained by one writer thread. */
	static final class GroupCommitOutputStream extends OutputStream {

		private final OutputStream target;

		private final Thread writer;

		private byte[] filling = new byte[BUFFER_BYTES];

		private byte[] spare = new byte[BUFFER_BYTES];

		private int count;

		private boolean flushRequested;

		private boolean stopping;

		private IOException failure;

		GroupCommitOutputStream(OutputStream target) {
			this.target = target;
			this.writer = new Thread(this::drain, "mqtt-socket-writer");
			this.writer.setDaemon(true);
			this.writer.start();
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
			int written = 0;
			while (written < length) {
				check();
				int room = this.filling.length - this.count;
				if (room == 0) {
					this.flushRequested = true;
					notifyAll();
					waitQuietly();
					continue;
				}
				int n = Math.min(room, length - written);
				System.arraycopy(bytes, offset + written, this.filling, this.count, n);
				this.count += n;
				written += n;
			}
		}

		@Override
		public synchronized void flush() throws IOException {
			check();
			if (this.count > 0) {
				this.flushRequested = true;
				notifyAll();
			}
		}

		@Override
		public void close() throws IOException {
			drainAndStop(500);
			this.target.close();
		}

		void drainAndStop(long timeoutMillis) {
			synchronized (this) {
				this.stopping = true;
				notifyAll();
			}
			try {
				this.writer.join(timeoutMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		private void check() throws IOException {
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.stopping) {
				throw new IOException("socket closed");
			}
		}

		private void waitQuietly() throws IOException {
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new java.io.InterruptedIOException("interrupted while writing");
			}
		}

		private void drain() {
			try {
				while (true) {
					byte[] batch;
					int length;
					synchronized (this) {
						while (!this.flushRequested && !(this.stopping || this.count == this.filling.length)) {
							wait();
						}
						if (this.count == 0) {
							if (this.stopping) {
								return;
							}
							this.flushRequested = false;
							continue;
						}
						batch = this.filling;
						length = this.count;
						this.filling = this.spare;
						this.spare = batch;
						this.count = 0;
						this.flushRequested = false;
						notifyAll();
					}
					this.target.write(batch, 0, length);
					this.target.flush();
				}
			}
			catch (IOException ex) {
				synchronized (this) {
					this.failure = ex;
					notifyAll();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
