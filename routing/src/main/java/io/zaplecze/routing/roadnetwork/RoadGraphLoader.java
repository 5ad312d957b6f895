package io.zaplecze.routing.roadnetwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import com.graphhopper.GraphHopper;
import com.graphhopper.GraphHopperConfig;
import com.graphhopper.config.Profile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.routing.VehicleProfile;

/**
 * Imports an OSM extract into a GraphHopper graph folder, or loads the folder a previous start
 * left. The folder is named by a hash of the extract (path, size, modification time) or the town
 * settings, and of everything that shapes the graph (profiles, encoded values, sorting), so a
 * changed file or configuration gets a new folder instead of a stale or incompatible graph. An
 * import writes into a temporary folder that is renamed when complete: a crash mid-import, or a
 * second process importing the same file, never leaves a half-built folder that looks finished.
 */
final class RoadGraphLoader {

	private static final Logger log = LoggerFactory.getLogger(RoadGraphLoader.class);

	/** Islands smaller than this many junctions are not snapped to (GraphHopper's subnetwork removal). */
	static final int MIN_NETWORK_SIZE = 200;

	private static final String GRAPH_LAYOUT = "gh-11.0/ch-node-based/v1";

	private static final String SUPPORTED = ".osm.pbf, .pbf, .osm, .osm.gz, .xml, .zip";

	private static final String GET_AN_EXTRACT = "Download an extract of your region in .osm.pbf format (for example "
			+ "from download.geofabrik.de or extract.bbbike.org) and set zaplecze.routing.osm-file "
			+ "(ZAPLECZE_ROUTING_OSM_FILE) to its path, or leave the setting empty to use the generated demo town.";

	private RoadGraphLoader() {
	}

	static RoadGraph load(RoadNetworkProperties properties) {
		Path cacheDir = properties.graphCacheDir().toAbsolutePath().normalize();
		Path osm = properties.osmPath();
		Source source = (osm != null) ? extract(osm) : town(properties.town(), cacheDir);
		String key = hash(source.fingerprint() + "|" + graphFingerprint(properties));
		Path location = cacheDir.resolve(source.stem() + "-" + key);
		RoadGraph.NetworkInfo.Builder info = new RoadGraph.NetworkInfo.Builder().source(source.description())
			.graphDirectory(location);
		if (source.town() != null) {
			writeTown(source, cacheDir);
		}
		info.loadStarted();
		GraphHopper hopper = loadExisting(location, source, properties);
		if (hopper != null) {
			info.fromCache();
		}
		else {
			long started = System.nanoTime();
			importInto(location, source, properties);
			info.imported((System.nanoTime() - started) / 1_000_000);
			info.loadStarted();
			hopper = loadExisting(location, source, properties);
			if (hopper == null) {
				throw new RoadNetworkUnavailable("The road graph imported into " + location + " could not be loaded",
						"Check free disk space and permissions of zaplecze.routing.graph-cache-dir, then restart.", null);
			}
		}
		try {
			checkNotEmpty(hopper, source);
			RoadGraph graph = new RoadGraph(hopper, info, properties.effectiveMatrixThreads());
			log.info("Road network ready: {} ({} junctions, {} road segments, {})", source.description(),
					graph.info().junctions(), graph.info().roadSegments(),
					graph.info().fromCache() ? "from cache " + location
							: "imported in " + graph.info().importMillis() + " ms into " + location);
			return graph;
		}
		catch (RuntimeException ex) {
			hopper.close();
			throw ex;
		}
	}

	/** Everything besides the input that changes the stored graph. */
	private static String graphFingerprint(RoadNetworkProperties properties) {
		StringBuilder text = new StringBuilder(GRAPH_LAYOUT).append('|')
			.append(RoadProfiles.ENCODED_VALUES)
			.append('|')
			.append(RoadProfiles.IGNORED_HIGHWAYS)
			.append("|sort=")
			.append(properties.graphSort())
			.append("|min=")
			.append(MIN_NETWORK_SIZE)
			.append("|names=true");
		for (Profile profile : RoadProfiles.profiles()) {
			text.append('|').append(profile.getName()).append('=').append(profile.getCustomModel());
		}
		return text.toString();
	}

	private static Source extract(Path osm) {
		Path file = osm.toAbsolutePath().normalize();
		if (!Files.exists(file)) {
			throw new RoadNetworkUnavailable("The OSM extract configured as zaplecze.routing.osm-file does not exist: "
					+ file, GET_AN_EXTRACT, null);
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new RoadNetworkUnavailable("The OSM extract " + file + " is not a readable file",
					"Check the path and its permissions. " + GET_AN_EXTRACT, null);
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (Stream.of(".pbf", ".osm", ".osm.gz", ".xml", ".zip").noneMatch(name::endsWith)) {
			throw new RoadNetworkUnavailable("The OSM extract " + file + " has an unsupported file type",
					"Use one of " + SUPPORTED + ". " + GET_AN_EXTRACT, null);
		}
		try {
			String stem = file.getFileName().toString().replaceFirst("(\\.osm)?\\.(pbf|gz|osm|xml|zip)$", "");
			String fingerprint = "file:" + file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
			return new Source(file, stem.replaceAll("[^A-Za-z0-9_.-]", "_"), fingerprint, file.toString(), null);
		}
		catch (IOException ex) {
			throw new RoadNetworkUnavailable("The OSM extract " + file + " cannot be read: " + ex.getMessage(),
					"Check the path and its permissions.", ex);
		}
	}

	private static Source town(RoadNetworkProperties.Town town, Path cacheDir) {
		String fingerprint = "town:v" + SyntheticTown.GENERATOR_VERSION + ":" + town.seed() + ":" + town.centerLat() + ":"
				+ town.centerLon() + ":" + town.sizeMeters();
		String stem = "town-" + town.seed();
		Path file = cacheDir.resolve(stem + "-" + hash(fingerprint) + ".osm");
		String description = String.format(Locale.ROOT, "generated town (seed %d, %d m around %.4f, %.4f)", town.seed(),
				town.sizeMeters(), town.centerLat(), town.centerLon());
		return new Source(file, stem, fingerprint, description, town);
	}

	private static void writeTown(Source source, Path cacheDir) {
		if (Files.isRegularFile(source.file())) {
			return;
		}
		try {
			Files.createDirectories(cacheDir);
			Path partial = cacheDir.resolve(source.file().getFileName() + ".part-" + UUID.randomUUID());
			SyntheticTown.generate(source.town()).writeOsmXml(partial);
			moveIntoPlace(partial, source.file());
		}
		catch (IOException | UncheckedIOException ex) {
			throw new RoadNetworkUnavailable("Could not write the generated town to " + source.file() + ": "
					+ ex.getMessage(), "Check that zaplecze.routing.graph-cache-dir is writable.", ex);
		}
	}

	private static @Nullable GraphHopper loadExisting(Path location, Source source, RoadNetworkProperties properties) {
		if (!Files.isRegularFile(location.resolve("properties"))) {
			return null;
		}
		GraphHopper hopper = create(location, source, properties);
		try {
			if (hopper.load()) {
				return hopper;
			}
			hopper.close();
		}
		catch (RuntimeException ex) {
			hopper.close();
			log.warn("Graph cache {} is unreadable ({}); importing again", location, ex.getMessage());
		}
		deleteQuietly(location);
		return null;
	}

	private static void importInto(Path location, Source source, RoadNetworkProperties properties) {
		Path partial = location.resolveSibling(location.getFileName() + ".importing-" + UUID.randomUUID());
		log.info("Importing {} into {} (first start with this extract and configuration)", source.description(),
				location);
		GraphHopper hopper = create(partial, source, properties);
		try {
			hopper.importOrLoad();
		}
		catch (RuntimeException | AssertionError ex) {
			// GraphHopper's collections check indexes with assertions when they are enabled (tests).
			hopper.close();
			deleteQuietly(partial);
			throw ImportFailures.explain(source.file(), source.town() != null, ex);
		}
		hopper.close();
		try {
			moveIntoPlace(partial, location);
		}
		catch (IOException ex) {
			deleteQuietly(partial);
			throw new RoadNetworkUnavailable("Could not move the imported graph into " + location + ": "
					+ ex.getMessage(), "Check that zaplecze.routing.graph-cache-dir is writable.", ex);
		}
	}

	/** Atomic rename; if another process got there first, its copy is as good as ours. */
	private static void moveIntoPlace(Path partial, Path target) throws IOException {
		try {
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | DirectoryNotEmptyException ex) {
			deleteQuietly(partial);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(partial, target);
		}
	}

	private static GraphHopper create(Path location, Source source, RoadNetworkProperties properties) {
		GraphHopperConfig config = new GraphHopperConfig();
		config.putObject("datareader.file", source.file().toString());
		config.putObject("graph.location", location.toString());
		config.putObject("graph.encoded_values", RoadProfiles.ENCODED_VALUES);
		config.putObject("import.osm.ignored_highways", RoadProfiles.IGNORED_HIGHWAYS);
		config.putObject("graph.sort", properties.graphSort());
		config.putObject("prepare.min_network_size", MIN_NETWORK_SIZE);
		// Street names are kept for the basemap tiles (NetworkTiles); GraphHopper reads them only with instructions on.
		config.putObject("datareader.instructions", true);
		config.putObject("graph.dataaccess.default_type", "RAM_STORE");
		config.putObject("prepare.ch.threads", Math.min(2, Runtime.getRuntime().availableProcessors()));
		config.setProfiles(RoadProfiles.profiles());
		config.setCHProfiles(RoadProfiles.chProfiles());
		return new GraphHopper().init(config);
	}

	private static void checkNotEmpty(GraphHopper hopper, Source source) {
		String what = (source.town() != null) ? "The generated town" : "The OSM extract " + source.file();
		if (hopper.getBaseGraph().getNodes() == 0) {
			throw ImportFailures.empty(what);
		}
		for (VehicleProfile profile : VehicleProfile.values()) {
			if (RoadGraph.usableEdges(hopper, profile) == 0) {
				throw ImportFailures.empty(what + " (profile " + RoadProfiles.name(profile) + ")");
			}
		}
	}

	static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not delete {}: {}", path, ex.getMessage());
		}
	}

	/**
	 * What is imported.
	 *
	 * @param file the OSM file (for the town: where it is written)
	 * @param stem readable start of the graph folder's name
	 * @param fingerprint identifies the input's content
	 * @param description for logs and the network endpoint
	 * @param town the town settings when the town is generated, else {@code null}
	 */
	private record Source(Path file, String stem, String fingerprint, String description,
			RoadNetworkProperties.@Nullable Town town) {
	}

}
