package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the road network ({@code zaplecze.routing.*}). The planner's settings live
 * under {@code zaplecze.routing.planning} in their own record.
 *
 * @param osmFile the OpenStreetMap extract to import ({@code .osm.pbf}, {@code .osm},
 * {@code .osm.gz}); empty to generate the demo town instead
 * @param graphCacheDir where imported graphs are kept, one folder per extract and configuration;
 * a later start with the same file and settings loads the folder instead of importing again
 * @param snapMaxMeters how far (metres) a point may be from the nearest usable road; farther
 * points are refused with {@code PointOffRoadNetwork}
 * @param graphSort whether GraphHopper sorts the graph along a Hilbert curve after import; off by
 * default because some real extracts crash the sort in GraphHopper 11 (a junction left without
 * edges)
 * @param matrixThreads threads one travel matrix may use; 0 means one per available processor
 * @param town the generated demo town, used when no {@code osmFile} is configured
 */
@ConfigurationProperties("zaplecze.routing")
public record RoadNetworkProperties(@Nullable String osmFile, @DefaultValue("var/graph-cache") Path graphCacheDir,
		@DefaultValue("300") double snapMaxMeters, @DefaultValue("false") boolean graphSort,
		@DefaultValue("0") int matrixThreads, @DefaultValue Town town) {

	public RoadNetworkProperties {
		if (!(snapMaxMeters > 0)) {
			throw new IllegalArgumentException("zaplecze.routing.snap-max-meters must be positive, was " + snapMaxMeters);
		}
		if (matrixThreads < 0) {
			throw new IllegalArgumentException("zaplecze.routing.matrix-threads must be 0 (auto) or more");
		}
	}

	/** The configured extract, or {@code null} when the demo town is generated. */
	public @Nullable Path osmPath() {
		return (this.osmFile == null || this.osmFile.isBlank()) ? null : Path.of(this.osmFile.trim());
	}

	/** Threads a matrix may use, with 0 resolved to the processor count. */
	public int effectiveMatrixThreads() {
		return (this.matrixThreads == 0) ? Runtime.getRuntime().availableProcessors() : this.matrixThreads;
	}

	/**
	 * The generated demo town ({@code zaplecze.routing.town.*}): the same settings always give the
	 * same map.
	 *
	 * @param seed random seed of the street layout
	 * @param centerLat latitude of the town centre, degrees
	 * @param centerLon longitude of the town centre, degrees
	 * @param sizeMeters side of the square the town covers, metres (1000..30000)
	 */
	public record Town(@DefaultValue("2026") long seed, @DefaultValue("52.2297") double centerLat,
			@DefaultValue("21.0122") double centerLon, @DefaultValue("6000") int sizeMeters) {

		public Town {
			if (sizeMeters < 1000 || sizeMeters > 30_000) {
				throw new IllegalArgumentException("zaplecze.routing.town.size-meters must be 1000..30000, was " + sizeMeters);
			}
			if (Math.abs(centerLat) > 80 || Math.abs(centerLon) > 180) {
				throw new IllegalArgumentException("zaplecze.routing.town.center-lat/-lon out of range");
			}
		}

	}

}
