package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import org.junit.jupiter.api.Test;

/**
 * One "penalizes by N" and one "does not penalize" case per constraint. Travel: locations on a line,
 * 1000 m and 100 s apart; the depot is location 0; shifts start at 0.
 */
class RoutingConstraintsTests {

	private final ConstraintVerifier<RoutingConstraints, RoutingSolution> verifier = ConstraintVerifier
		.build(new RoutingConstraints(), RoutingSolution.class, Vehicle.class, Visit.class);

	private static Vehicle vehicle(String id) {
		return new Vehicle(id, 0, LineTravel.INSTANCE).shift(0, 100_000);
	}

	private static Visit visit(String id, int location) {
		return new Visit(id, location);
	}

	private static RoutingSolution solution(List<Vehicle> vehicles, Visit... visits) {
		return new RoutingSolution(vehicles, List.of(visits));
	}

	private static RoutingSolution route(Vehicle v, Visit... visits) {
		v.setVisits(new ArrayList<>(List.of(visits)));
		return solution(List.of(v), visits);
	}

	@Test
	void vehicleWeightCapacityPenalizesKilogramsOver() {
		// 6 kg + 7 kg on a 10 kg van: 3 kg over.
		Vehicle v = vehicle("A").capacity(10_000, Vehicle.UNLIMITED, Vehicle.UNLIMITED);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.WEIGHT_CAPACITY))
			.givenSolution(route(v, visit("1", 1).demand(6_000, 0, 0), visit("2", 2).demand(7_000, 0, 0)))
			.settingAllShadowVariables()
			.penalizesBy(3);
	}

	@Test
	void vehicleWeightCapacityDoesNotPenalizeWithinCapacityOrWhenReloading() {
		Vehicle v = vehicle("A").capacity(10_000, Vehicle.UNLIMITED, Vehicle.UNLIMITED);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.WEIGHT_CAPACITY))
			.givenSolution(route(v, visit("1", 1).demand(4_000, 0, 0), visit("2", 2).demand(5_000, 0, 0)))
			.settingAllShadowVariables()
			.penalizes(0);
		// A multi-trip van reloads at the depot before the 7 kg stop: two trips, nothing over.
		Vehicle multi = vehicle("B").capacity(10_000, Vehicle.UNLIMITED, Vehicle.UNLIMITED).multiTrip(true, 600);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.WEIGHT_CAPACITY))
			.givenSolution(route(multi, visit("1", 1).demand(6_000, 0, 0), visit("2", 2).demand(7_000, 0, 0)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void vehicleVolumeCapacityPenalizesLitresOver() {
		// 6000 + 5500 cm³ in 10 000 cm³: 1500 cm³ over, counted as 2 started litres.
		Vehicle v = vehicle("A").capacity(Vehicle.UNLIMITED, 10_000, Vehicle.UNLIMITED);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.VOLUME_CAPACITY))
			.givenSolution(route(v, visit("1", 1).demand(0, 6_000, 0), visit("2", 2).demand(0, 5_500, 0)))
			.settingAllShadowVariables()
			.penalizesBy(2);
	}

	@Test
	void vehicleVolumeCapacityDoesNotPenalizeWithinCapacity() {
		Vehicle v = vehicle("A").capacity(Vehicle.UNLIMITED, 10_000, Vehicle.UNLIMITED);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.VOLUME_CAPACITY))
			.givenSolution(route(v, visit("1", 1).demand(0, 6_000, 0), visit("2", 2).demand(0, 4_000, 0)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void vehiclePalletCapacityPenalizesPalletsOver() {
		// 2 + 1 pallets on 2 places: 1 over.
		Vehicle v = vehicle("A").capacity(Vehicle.UNLIMITED, Vehicle.UNLIMITED, 2);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.PALLET_CAPACITY))
			.givenSolution(route(v, visit("1", 1).demand(0, 0, 2), visit("2", 2).demand(0, 0, 1)))
			.settingAllShadowVariables()
			.penalizesBy(1);
	}

	@Test
	void vehiclePalletCapacityDoesNotPenalizeWithinCapacity() {
		Vehicle v = vehicle("A").capacity(Vehicle.UNLIMITED, Vehicle.UNLIMITED, 3);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.PALLET_CAPACITY))
			.givenSolution(route(v, visit("1", 1).demand(0, 0, 2), visit("2", 2).demand(0, 0, 1)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void arriveWithinTimeWindowPenalizesSecondsLate() {
		// Leaves at 0, arrives at location 1 at 100; the window closed at 50: 50 s late.
		Vehicle v = vehicle("A");
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.TIME_WINDOW))
			.givenSolution(route(v, visit("1", 1).window(0, 50)))
			.settingAllShadowVariables()
			.penalizesBy(50);
	}

	@Test
	void arrivingExactlyAtTheWindowsEndIsOnTimeOneSecondLaterIsLate() {
		// Arrives at 100 (TimeWindow's rule: the end is inside the window).
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.TIME_WINDOW))
			.givenSolution(route(vehicle("A"), visit("1", 1).window(0, 100)))
			.settingAllShadowVariables()
			.penalizes(0);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.TIME_WINDOW))
			.givenSolution(route(vehicle("A"), visit("1", 1).window(0, 99)))
			.settingAllShadowVariables()
			.penalizesBy(1);
	}

	@Test
	void arriveWithinTimeWindowDoesNotPenalizeWaitingForALaterWindow() {
		// Arrives at 100, between two windows: waits for the second one, on time.
		Vehicle v = vehicle("A");
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.TIME_WINDOW))
			.givenSolution(route(v, visit("1", 1).windows(new long[] { 0, 300 }, new long[] { 50, 400 })))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void returnBeforeShiftEndPenalizesOvertime() {
		// 0 -> 1 -> 0 takes 200 s; the shift ends at 150: 50 s over.
		Vehicle v = vehicle("A").shift(0, 150);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.SHIFT_END))
			.givenSolution(route(v, visit("1", 1)))
			.settingAllShadowVariables()
			.penalizesBy(50);
	}

	@Test
	void returnBeforeShiftEndDoesNotPenalizeAReturnInTime() {
		Vehicle v = vehicle("A").shift(0, 200);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.SHIFT_END))
			.givenSolution(route(v, visit("1", 1)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void refrigeratedVehicleForColdGoodsPenalizesChilledGoodsOnAPlainVan() {
		// One cold visit on a van without refrigeration: one severe violation (3600).
		Vehicle v = vehicle("A").refrigerated(false);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.REFRIGERATION))
			.givenSolution(route(v, visit("1", 1).refrigerated(true), visit("2", 2)))
			.settingAllShadowVariables()
			.penalizesBy(RoutingConstraints.SEVERE);
	}

	@Test
	void refrigeratedVehicleForColdGoodsDoesNotPenalizeARefrigeratedVan() {
		Vehicle v = vehicle("A").refrigerated(true);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.REFRIGERATION))
			.givenSolution(route(v, visit("1", 1).refrigerated(true)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void leaveAfterGoodsReadyPenalizesGoodsNotLoadedOnAVehicleAlreadyOnTheRoad() {
		// The van loaded at 1000 and is on the road; the goods were ready only at 1300: 300 s.
		Vehicle v = vehicle("A").onTheRoad(1, 2000, 1000, 1000);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.READY_TIME))
			.givenSolution(route(v, visit("1", 2).readyAt(1300)))
			.settingAllShadowVariables()
			.penalizesBy(300);
	}

	@Test
	void leaveAfterGoodsReadyDoesNotPenalizeAVanThatWaitsAtTheDepot() {
		// At the depot the van simply leaves when the goods are ready.
		Vehicle v = vehicle("A");
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.READY_TIME))
			.givenSolution(route(v, visit("1", 1).readyAt(1300)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void maxRouteDurationPenalizesSecondsOver() {
		// 0 -> 1 -> 0 with 100 s service: 300 s against a 250 s maximum: 50 s over.
		Vehicle v = vehicle("A").maxRouteSeconds(250);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.MAX_DURATION))
			.givenSolution(route(v, visit("1", 1).service(100)))
			.settingAllShadowVariables()
			.penalizesBy(50);
	}

	@Test
	void maxRouteDurationDoesNotPenalizeAShortRoute() {
		Vehicle v = vehicle("A").maxRouteSeconds(300);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.MAX_DURATION))
			.givenSolution(route(v, visit("1", 1).service(100)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void driverBreakInWindowPenalizesABreakStartedLate() {
		// Leaves at 0 (before the window), reaches location 2 at 200 and breaks there; the break had to
		// start by 120: 80 s late.
		Vehicle v = vehicle("A").driverBreak(100, 120, 30);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.DRIVER_BREAK))
			.givenSolution(route(v, visit("1", 2)))
			.settingAllShadowVariables()
			.penalizesBy(80);
	}

	@Test
	void driverBreakInWindowDoesNotPenalizeABreakInTheWindow() {
		Vehicle v = vehicle("A").driverBreak(100, 300, 30);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.DRIVER_BREAK))
			.givenSolution(route(v, visit("1", 2)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void pinnedStopOnItsVehiclePenalizesAPinnedVisitElsewhereOrLeftOut() {
		// Visit 1 is pinned to B but rides on A; visit 2 is pinned to A and left out: 2 × 3600.
		Vehicle a = vehicle("A");
		Vehicle b = vehicle("B");
		Visit onWrongVehicle = visit("1", 1).pinnedTo("B");
		Visit leftOut = visit("2", 2).pinnedTo("A");
		a.setVisits(new ArrayList<>(List.of(onWrongVehicle)));
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.PINNED_VEHICLE))
			.givenSolution(solution(List.of(a, b), onWrongVehicle, leftOut))
			.settingAllShadowVariables()
			.penalizesBy(2 * RoutingConstraints.SEVERE);
	}

	@Test
	void pinnedStopOnItsVehicleDoesNotPenalizeAPinKept() {
		Vehicle a = vehicle("A");
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.PINNED_VEHICLE))
			.givenSolution(route(a, visit("1", 1).pinnedTo("A")))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void unassignedVisitPenalizesItsPriority() {
		// One visit of priority 7 left out: 7 medium.
		Vehicle a = vehicle("A");
		Visit planned = visit("1", 1);
		a.setVisits(new ArrayList<>(List.of(planned)));
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.UNASSIGNED))
			.givenSolution(solution(List.of(a), planned, visit("2", 2).priority(7)))
			.settingAllShadowVariables()
			.penalizesBy(7);
	}

	@Test
	void unassignedVisitDoesNotPenalizePlannedVisits() {
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.UNASSIGNED))
			.givenSolution(route(vehicle("A"), visit("1", 1).priority(7)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void travelCostPenalizesDistance() {
		// 0 -> 1 -> 0: 2000 m at 1000 cents/km = 2000 (the hourly cost is the driver's time, not here).
		Vehicle v = vehicle("A").costs(1000, 3600, 0);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.TRAVEL_COST))
			.givenSolution(route(v, visit("1", 1)))
			.settingAllShadowVariables()
			.penalizesBy(2000);
	}

	@Test
	void driverTimeCostPenalizesTheWholeRouteAndOvertimeAtItsPremium() {
		// 0 -> 1 -> 0 with 3400 s service: 3600 s paid at 3600 cents/h = 3600.
		Vehicle v = vehicle("A").costs(0, 3600, 0);
		this.verifier.verifyThat(RoutingConstraints.constraint(PlannerRules.DRIVER_TIME))
			.givenSolution(route(v, visit("1", 1).service(3400)))
			.settingAllShadowVariables()
			.penalizesBy(3600);
		// A regular shift of 1800 s: the other 1800 s are overtime at +50 %: 3600 + 900.
		Vehicle overtime = vehicle("B").costs(0, 3600, 0).paidTime(1800, 50);
		this.verifier.verifyThat(RoutingConstraints.constraint(PlannerRules.DRIVER_TIME))
			.givenSolution(route(overtime, visit("1", 1).service(3400)))
			.settingAllShadowVariables()
			.penalizesBy(4500);
		this.verifier.verifyThat(RoutingConstraints.constraint(PlannerRules.DRIVER_TIME))
			.givenSolution(solution(List.of(vehicle("C").costs(0, 3600, 0)), visit("1", 1)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void travelCostDoesNotPenalizeAVehicleThatStaysHome() {
		Vehicle v = vehicle("A").costs(1000, 3600, 0);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.TRAVEL_COST))
			.givenSolution(solution(List.of(v), visit("1", 1)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void vehicleFixedCostPenalizesAUsedVehicle() {
		Vehicle v = vehicle("A").costs(0, 0, 5000);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.FIXED_COST))
			.givenSolution(route(v, visit("1", 1)))
			.settingAllShadowVariables()
			.penalizesBy(5000);
	}

	@Test
	void vehicleFixedCostDoesNotPenalizeAnUnusedVehicle() {
		Vehicle v = vehicle("A").costs(0, 0, 5000);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.FIXED_COST))
			.givenSolution(solution(List.of(v), visit("1", 1)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

	@Test
	void workloadBalancePenalizesSquaredMinutesTimesWeight() {
		// 0 -> 1 -> 0 with 400 s service: 600 s = 10 min; 10² × weight 200 / 100 = 200.
		Vehicle v = vehicle("A").balanceWeight(200);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.WORKLOAD_BALANCE))
			.givenSolution(route(v, visit("1", 1).service(400)))
			.settingAllShadowVariables()
			.penalizesBy(200);
	}

	@Test
	void workloadBalanceDoesNotPenalizeWhenSwitchedOff() {
		Vehicle v = vehicle("A").balanceWeight(0);
		this.verifier.verifyThat(RoutingConstraints.constraint(RoutingConstraints.WORKLOAD_BALANCE))
			.givenSolution(route(v, visit("1", 1).service(400)))
			.settingAllShadowVariables()
			.penalizes(0);
	}

}
