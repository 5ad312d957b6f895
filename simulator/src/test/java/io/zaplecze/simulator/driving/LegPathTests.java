package io.zaplecze.simulator.driving;

import io.zaplecze.simulator.plan.PublishedPlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LegPathTests {

	// about 1,113 m due north, then ~680 m due east, at 52.23° N
	private static final double[][] L_SHAPE = { { 21.0, 52.23 }, { 21.0, 52.24 }, { 21.01, 52.24 } };

	private static PublishedPlan.Leg leg(double[] pointSeconds, double travelSeconds) {
		return new PublishedPlan.Leg(0, 1, 1800, travelSeconds, new PublishedPlan.LineString("LineString", L_SHAPE),
				pointSeconds);
	}

	@Test
	void interpolatesBetweenPointsByTheirTimes() {
		LegPath path = new LegPath(leg(new double[] { 0, 100, 200 }, 200));
		LegPath.Sample half = path.at(50);
		assertThat(half.lat()).isCloseTo(52.235, within(1e-9));
		assertThat(half.lon()).isCloseTo(21.0, within(1e-9));
		assertThat(half.heading()).isCloseTo(0, within(0.01));
		assertThat(half.roadSpeedMps()).isCloseTo(Geo.distanceMeters(52.23, 21.0, 52.24, 21.0) / 100, within(0.01));
		assertThat(path.at(150).heading()).isCloseTo(90, within(0.1));
		assertThat(path.at(500).lon()).isEqualTo(21.01);
	}

	@Test
	void derivesTimesFromDistanceWhenPointSecondsAreMissingOrMalformed() {
		for (double[] bad : new double[][] { null, { 0, 10 }, { 0, Double.NaN, 20 } }) {
			LegPath path = new LegPath(leg(bad, 180));
			assertThat(path.duration()).isEqualTo(180);
			double northShare = Geo.distanceMeters(52.23, 21.0, 52.24, 21.0)
					/ (Geo.distanceMeters(52.23, 21.0, 52.24, 21.0) + Geo.distanceMeters(52.24, 21.0, 52.24, 21.01));
			assertThat(path.at(180 * northShare).lat()).isCloseTo(52.24, within(1e-6));
		}
	}

	@Test
	void toleratesTimesThatGoBackwardsAndPointsThatRepeat() {
		double[][] repeated = { { 21.0, 52.23 }, { 21.0, 52.23 }, { 21.0, 52.24 } };
		LegPath path = new LegPath(new PublishedPlan.Leg(0, 1, 1113, 100,
				new PublishedPlan.LineString("LineString", repeated), new double[] { 5, 3, 105 }));
		assertThat(path.duration()).isEqualTo(100);
		assertThat(path.at(50).lat()).isCloseTo(52.235, within(1e-6));
		assertThat(path.at(50).heading()).isCloseTo(0, within(0.01));
	}

}
