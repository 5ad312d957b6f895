package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.jspecify.annotations.Nullable;

/** A day's routing problem and, once solved, its plan: vehicles with their ordered visits. */
@PlanningSolution
public class RoutingSolution {

	@PlanningEntityCollectionProperty
	private List<Vehicle> vehicles = new ArrayList<>();

	@PlanningEntityCollectionProperty
	@ValueRangeProvider
	private List<Visit> visits = new ArrayList<>();

	@PlanningScore
	private @Nullable HardMediumSoftScore score;

	/** The solve's time limit; the ruin-and-recreate phase paces its annealing by it. */
	private long timeLimitMillis = 30_000;

	/** Told each improved score of the ruin-and-recreate phase (the solver's own events come per step). */
	private java.util.function.Consumer<HardMediumSoftScore> progress = score -> {
	};

	public RoutingSolution() {
	}

	public RoutingSolution(List<Vehicle> vehicles, List<Visit> visits) {
		this.vehicles = new ArrayList<>(vehicles);
		this.visits = new ArrayList<>(visits);
	}

	public List<Vehicle> getVehicles() {
		return this.vehicles;
	}

	public List<Visit> getVisits() {
		return this.visits;
	}

	public @Nullable HardMediumSoftScore getScore() {
		return this.score;
	}

	public void setScore(@Nullable HardMediumSoftScore score) {
		this.score = score;
	}

	public long getTimeLimitMillis() {
		return this.timeLimitMillis;
	}

	public RoutingSolution timeLimit(java.time.Duration limit) {
		this.timeLimitMillis = Math.max(100, limit.toMillis());
		return this;
	}

	/** Follows the search's improvements (e.g. to stream a job's progress). */
	public RoutingSolution onProgress(java.util.function.Consumer<HardMediumSoftScore> listener) {
		this.progress = listener;
		return this;
	}

	java.util.function.Consumer<HardMediumSoftScore> progress() {
		return this.progress;
	}

	/** Marks each visit's nearest visits by road for {@link NearbyNeighborhood} (the ruin-and-recreate phase does it itself). */
	public RoutingSolution markNearby() {
		if (!this.vehicles.isEmpty() && !this.visits.isEmpty()) {
			new RuinRecreateSearch(this, 0).markNearby(NearbyNeighborhood.NEAREST);
		}
		return this;
	}

	/** Visits no vehicle serves. */
	public List<Visit> unassigned() {
		return this.visits.stream().filter(v -> v.getVehicle() == null).toList();
	}

	/** Total distance of all routes, in the problem's distance unit. */
	public long totalMeters() {
		return this.vehicles.stream().mapToLong(v -> v.getTimeline().meters()).sum();
	}

	/** Vehicles that drive. */
	public long usedVehicles() {
		return this.vehicles.stream().filter(Vehicle::isUsed).count();
	}

}
