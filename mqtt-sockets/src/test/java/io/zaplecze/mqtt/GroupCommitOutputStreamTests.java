package io.zaplecze.mqtt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitOutputStreamTests {

	/** Records what reaches the socket and how many writes it took. */
	private static final class Target extends OutputStream {

		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		final AtomicInteger writes = new AtomicInteger();

		volatile boolean broken;

		@Override
		public synchronized void write(int b) {
			this.bytes.write(b);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) throws IOException {
			if (this.broken) {
				throw new IOException("connection reset");
			}
			this.writes.incrementAndGet();
			this.bytes.write(b, off, len);
			try {
				// a system call takes a while: packets written meanwhile share the next
				// one
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		synchronized byte[] received() {
			return this.bytes.toByteArray();
		}

	}

	@Test
	void aLonePacketGoesOutAtOnce() throws Exception {
		Target target = new Target();
		BatchingSocketFactory.GroupCommitOutputStream out = new BatchingSocketFactory.GroupCommitOutputStream(target);
		out.write(new byte[] { 0x30, 2, 'h', 'i' });
		out.flush();
		long deadline = System.nanoTime() + 1_000_000_000L;
		while (target.received().length < 4 && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		assertThat(target.received()).containsExactly(0x30, 2, 'h', 'i');
		out.close();
	}

	@Test
	void manyPacketsArriveCompleteInOrderInFewerWrites() throws Exception {
		Target target = new Target();
		BatchingSocketFactory.GroupCommitOutputStream out = new BatchingSocketFactory.GroupCommitOutputStream(target);
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		for (int i = 0; i < 20_000; i++) {
			byte[] packet = ("packet-" + i + ";").getBytes();
			out.write(packet, 0, packet.length);
			out.flush();
			expected.write(packet);
		}
		// bigger than both buffers together
		byte[] large = new byte[200_000];
		java.util.Arrays.fill(large, (byte) 7);
		out.write(large, 0, large.length);
		out.flush();
		expected.write(large);
		out.close();
		assertThat(target.received()).isEqualTo(expected.toByteArray());
		assertThat(target.writes.get()).isLessThan(20_000 / 4);
	}

	@Test
	void aBrokenSocketFailsTheNextWrite() throws Exception {
		Target target = new Target();
		target.broken = true;
		BatchingSocketFactory.GroupCommitOutputStream out = new BatchingSocketFactory.GroupCommitOutputStream(target);
		out.write(new byte[] { 1 });
		out.flush();
		Thread.sleep(100);
		assertThatThrownBy(() -> {
			out.write(new byte[] { 2 });
			out.flush();
		}).isInstanceOf(IOException.class).hasMessageContaining("connection reset");
	}

}
