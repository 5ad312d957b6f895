package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The score of a plan broken down per constraint, with what each match means in a dispatcher's
 * words. Timefold's own score analysis is a commercial feature in 2.x, so this reads the same rule
 * definitions the constraints penalise ({@link PlannerRules#ROUTE} and
 * {@link PlannerRules#VISIT}); the parts add up to the solver's score.
 */
public final class ScoreExplanation {

	private ScoreExplanation() {
	}

	/**
	 * One constraint's part of the score.
	 *
	 * @param constraint the constraint's name
	 * @param score its contribution
	 * @param matches how many vehicles or visits break it (or, for costs, incur it)
	 * @param details what the matches mean, largest first, at most {@code maxDetails}
	 */
	public record Part(String constraint, HardMediumSoftScore score, int matches, List<String> details) {
	}

	/** Parts of every constraint that contributes, hard ones first, each with at most {@code maxDetails} details. */
	public static List<Part> of(RoutingSolution solution, int maxDetails) {
		List<Part> parts = new ArrayList<>();
		for (PlannerRules.RouteRule rule : PlannerRules.ROUTE) {
			List<Match> matches = new ArrayList<>();
			for (Vehicle v : solution.getVehicles()) {
				long amount = rule.of(v);
				if (amount > 0) {
					matches.add(new Match(amount,
							v.getId() + ": " + rule.explanation() + " (" + amount + " " + rule.unit() + ")"));
				}
			}
			add(parts, rule.name(), rule.level(), matches, maxDetails);
		}
		for (PlannerRules.VisitRule rule : PlannerRules.VISIT) {
			List<Match> matches = new ArrayList<>();
			for (Visit x : solution.getVisits()) {
				long amount = rule.of(x);
				if (amount > 0) {
					matches.add(new Match(amount, "Visit " + x.getId() + ": " + rule.explanation()));
				}
			}
			add(parts, rule.name(), rule.level(), matches, maxDetails);
		}
		parts.sort((a, b) -> a.score().compareTo(b.score()));
		return parts;
	}

	/** The score the parts add up to. */
	public static HardMediumSoftScore total(List<Part> parts) {
		return parts.stream().map(Part::score).reduce(HardMediumSoftScore.ZERO, HardMediumSoftScore::add);
	}

	private record Match(long amount, String text) {
	}

	private static void add(List<Part> parts, String name, PlannerRules.Level level, List<Match> matches,
			int maxDetails) {
		if (matches.isEmpty()) {
			return;
		}
		long total = matches.stream().mapToLong(Match::amount).sum();
		HardMediumSoftScore score = switch (level) {
			case HARD -> HardMediumSoftScore.ofHard(-total);
			case MEDIUM -> HardMediumSoftScore.ofMedium(-total);
			case SOFT -> HardMediumSoftScore.ofSoft(-total);
		};
		List<String> details = matches.stream()
			.sorted((a, b) -> Long.compare(b.amount(), a.amount()))
			.limit(maxDetails)
			.map(Match::text)
			.toList();
		parts.add(new Part(name, score, matches.size(), details));
	}

}
