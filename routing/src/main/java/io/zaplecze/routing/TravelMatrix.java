package io.zaplecze.routing;

/**
 * Road travel times and distances between N points, row = from, column = to. Unreachable pairs
 * (islands, one-way traps) are marked, never guessed.
 */
public final class TravelMatrix {

	/** Marks an unreachable cell in {@link #seconds} and {@link #meters}. */
	public static final long UNREACHABLE = -1;

	private final int size;

	private final long[] seconds;

	private final long[] meters;

	/**
	 * @param size N
	 * @param seconds row-major N×N travel times, {@link #UNREACHABLE} where there is no path
	 * @param meters row-major N×N distances, {@link #UNREACHABLE} where there is no path
	 */
	public TravelMatrix(int size, long[] seconds, long[] meters) {
		if (seconds.length != size * size || meters.length != size * size) {
			throw new IllegalArgumentException("A " + size + "x" + size + " matrix needs " + size * size + " cells");
		}
		this.size = size;
		this.seconds = seconds;
		this.meters = meters;
	}

	public int size() {
		return this.size;
	}

	public boolean reachable(int from, int to) {
		return this.seconds[from * this.size + to] != UNREACHABLE;
	}

	/** Travel time in seconds, or {@link #UNREACHABLE}. */
	public long seconds(int from, int to) {
		return this.seconds[from * this.size + to];
	}

	/** Distance in metres, or {@link #UNREACHABLE}. */
	public long meters(int from, int to) {
		return this.meters[from * this.size + to];
	}

}
