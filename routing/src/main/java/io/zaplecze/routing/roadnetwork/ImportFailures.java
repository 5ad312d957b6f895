package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;

/**
 * Turns what GraphHopper throws during an import into a {@link RoadNetworkUnavailable} an operator
 * can act on. GraphHopper reports these cases only through exception messages, so they are
 * recognised by message; anything unrecognised keeps its message and cause.
 */
final class ImportFailures {

	private static final String SORT_HINT = "Sort it with osmium-tool: osmium sort input.osm.pbf -o sorted.osm.pbf "
			+ "(ways must come after all nodes and before all relations), then point zaplecze.routing.osm-file at the "
			+ "sorted file.";

	private ImportFailures() {
	}

	static RoadNetworkUnavailable explain(Path file, boolean generated, Throwable failure) {
		String what = generated ? "the generated town " + file : "the OSM extract " + file;
		if (mentions(failure, "must be located before")) {
			return new RoadNetworkUnavailable("Cannot import " + what + ": the file is not sorted (" + rootMessage(failure)
					+ ")", SORT_HINT, failure);
		}
		if (mentions(failure, "must not be empty")) {
			return empty("Cannot import " + what);
		}
		if (mentions(failure, "does not exist")) {
			return new RoadNetworkUnavailable("Cannot import " + what + ": the file does not exist",
					"Check zaplecze.routing.osm-file.", failure);
		}
		if (crashedInSort(failure)) {
			return new RoadNetworkUnavailable("Cannot import " + what + ": GraphHopper crashed while sorting the graph",
					"Set zaplecze.routing.graph-sort=false (some extracts leave a junction without roads, which the "
							+ "sort cannot handle).",
					failure);
		}
		return new RoadNetworkUnavailable("Cannot import " + what + ": " + rootMessage(failure),
				"Check that the file is a complete OpenStreetMap extract (.osm.pbf, .osm or .osm.gz), for example by "
						+ "opening it with osmium fileinfo, and that the graph cache folder is writable.",
				failure);
	}

	static RoadNetworkUnavailable empty(String what) {
		return new RoadNetworkUnavailable(what + " contains no roads that vehicles may drive on",
				"Use an extract that covers a road network (highway=* ways usable by cars).", null);
	}

	private static boolean mentions(Throwable failure, String text) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains(text)) {
				return true;
			}
		}
		return false;
	}

	private static boolean crashedInSort(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof IndexOutOfBoundsException || t instanceof AssertionError) {
				for (StackTraceElement frame : t.getStackTrace()) {
					if (frame.getMethodName().startsWith("sort")) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
