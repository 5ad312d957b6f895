package io.zaplecze.routing.solver;

import ai.timefold.solver.core.preview.api.domain.metamodel.ElementPosition;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PositionInList;
import ai.timefold.solver.core.preview.api.move.SolutionView;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import ai.timefold.solver.core.preview.api.neighborhood.MoveProvider;
import ai.timefold.solver.core.preview.api.neighborhood.Neighborhood;
import ai.timefold.solver.core.preview.api.neighborhood.NeighborhoodBuilder;
import ai.timefold.solver.core.preview.api.neighborhood.NeighborhoodProvider;
import ai.timefold.solver.core.preview.api.neighborhood.stream.MoveStream;
import ai.timefold.solver.core.preview.api.neighborhood.stream.MoveStreamFactory;

import static ai.timefold.solver.core.preview.api.neighborhood.stream.joiner.NeighborhoodsJoiners.filtering;

/**
 * Nearby-restricted list moves for Timefold's local search, through the 2.x Neighborhoods API
 * (preview): the community edition has no nearby selection, so every move pairs a visit only with
 * one of its {@link #NEAREST} nearest visits by road (marked on the visits by the ruin-and-recreate
 * phase, or by {@link RoutingSolution#markNearby()}). Three moves: put a visit right after a nearby
 * one (any route), swap two nearby visits, and plan an unassigned visit right after a nearby one.
 */
public class NearbyNeighborhood implements NeighborhoodProvider<RoutingSolution> {

	/** How many nearest visits count as nearby. */
	static final int NEAREST = 20;

	@Override
	public Neighborhood defineNeighborhood(NeighborhoodBuilder<RoutingSolution> builder) {
		PlanningListVariableMetaModel<RoutingSolution, Vehicle, Visit> visits = builder.getSolutionMetaModel()
			.genuineEntity(Vehicle.class)
			.listVariable();
		return builder.add(new NearbyChange(visits)).add(new NearbySwap(visits)).add(new NearbyAssign(visits)).build();
	}

	/** Where a visit goes when it is put right after {@code anchor}, or null inside a pinned prefix. */
	static int afterIndex(SolutionView<RoutingSolution> view, PlanningListVariableMetaModel<RoutingSolution, Vehicle, Visit> variable,
			Visit anchor) {
		PositionInList at = view.getPositionOf(variable, anchor).ensureAssigned();
		Vehicle vehicle = at.entity();
		int index = at.index() + 1;
		return index < vehicle.getPinnedStops() ? -1 : index;
	}

	/** Moves a visit to right after a nearby visit, in the same or another route. */
	record NearbyChange(PlanningListVariableMetaModel<RoutingSolution, Vehicle, Visit> variable)
			implements MoveProvider<RoutingSolution> {

		@Override
		public MoveStream<RoutingSolution> build(MoveStreamFactory<RoutingSolution> factory) {
			return factory.pick(factory.forEachAssignedValue(this.variable))
				.pick(factory.forEachAssignedValue(this.variable),
						filtering((SolutionView<RoutingSolution> view, Visit a, Visit b) -> a != b && a.isNear(b)
								&& afterIndex(view, this.variable, b) >= 0 && !rightAfter(view, a, b)))
				.asMove((view, a, b) -> {
					PositionInList from = view.getPositionOf(this.variable, a).ensureAssigned();
					PositionInList anchor = view.getPositionOf(this.variable, b).ensureAssigned();
					int to = anchor.index() + 1;
					if (from.entity() == anchor.entity() && from.index() < anchor.index()) {
						// Removing the visit first shifts the anchor one place to the left.
						to--;
					}
					return Moves.change(this.variable, from, ElementPosition.of(anchor.entity(), to));
				});
		}

		/** Already right after the anchor: moving it there changes nothing. */
		private boolean rightAfter(SolutionView<RoutingSolution> view, Visit a, Visit anchor) {
			PositionInList pa = view.getPositionOf(this.variable, a).ensureAssigned();
			PositionInList pb = view.getPositionOf(this.variable, anchor).ensureAssigned();
			return pa.entity() == pb.entity() && pa.index() == pb.index() + 1;
		}

	}

	/** Swaps two nearby visits. */
	record NearbySwap(PlanningListVariableMetaModel<RoutingSolution, Vehicle, Visit> variable)
			implements MoveProvider<RoutingSolution> {

		@Override
		public MoveStream<RoutingSolution> build(MoveStreamFactory<RoutingSolution> factory) {
			return factory.pick(factory.forEachAssignedValue(this.variable))
				.pick(factory.forEachAssignedValue(this.variable),
						filtering((SolutionView<RoutingSolution> view, Visit a, Visit b) -> a != b && a.isNear(b)))
				.asMove((view, a, b) -> Moves.swap(this.variable, view.getPositionOf(this.variable, a).ensureAssigned(),
						view.getPositionOf(this.variable, b).ensureAssigned()));
		}

	}

	/** Plans an unassigned visit right after a nearby planned one. */
	record NearbyAssign(PlanningListVariableMetaModel<RoutingSolution, Vehicle, Visit> variable)
			implements MoveProvider<RoutingSolution> {

		@Override
		public MoveStream<RoutingSolution> build(MoveStreamFactory<RoutingSolution> factory) {
			return factory.pick(factory.forEachUnassignedValue(this.variable))
				.pick(factory.forEachAssignedValue(this.variable),
						filtering((SolutionView<RoutingSolution> view, Visit a, Visit b) -> a.isNear(b)
								&& afterIndex(view, this.variable, b) >= 0))
				.asMove((view, a, b) -> {
					PositionInList anchor = view.getPositionOf(this.variable, b).ensureAssigned();
					return Moves.assign(this.variable, a, ElementPosition.of(anchor.entity(), anchor.index() + 1));
				});
		}

	}

}
