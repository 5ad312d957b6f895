package io.zaplecze.routing.solver;

/** Test travel costs: locations on a line, 1000 m and 100 s apart. */
final class LineTravel implements TravelCosts {

	static final LineTravel INSTANCE = new LineTravel();

	@Override
	public long seconds(int from, int to) {
		return Math.abs(from - to) * 100L;
	}

	@Override
	public long meters(int from, int to) {
		return Math.abs(from - to) * 1000L;
	}

}
