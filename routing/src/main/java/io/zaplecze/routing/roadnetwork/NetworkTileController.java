package io.zaplecze.routing.roadnetwork;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The imported road network as Mapbox Vector Tiles, the offline basemap of the web console (public:
 * the customer's tracking page shows a small map). Tiles carry an ETag derived from the graph, so a
 * re-imported network invalidates them, and a configurable max-age.
 */
@RestController
@RequestMapping("/api/v1/routing/network")
@Tag(name = "road network")
class NetworkTileController {

	static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

	/** Bump when the tile content changes for the same graph (layers, attributes, zoom rules). */
	private static final String ENCODING_VERSION = "roads-v1";

	private final ObjectProvider<NetworkTiles> tiles;

	private final NetworkTileProperties properties;

	private final String etag;

	NetworkTileController(ObjectProvider<NetworkTiles> tiles, RoadNetworkService roadNetwork,
			NetworkTileProperties properties) {
		this.tiles = tiles;
		this.properties = properties;
		this.etag = "\"" + hash(roadNetwork.info().graphDirectory().getFileName() + "|" + ENCODING_VERSION) + "\"";
	}

	@GetMapping(path = "/tiles/{z}/{x}/{y}.mvt", produces = "application/vnd.mapbox-vector-tile")
	@Operation(summary = "A vector tile of the road network (layer 'roads': class, name)",
			description = "XYZ scheme, zoom 0 to 16. 204 when no road lies in the tile; 400 for coordinates "
					+ "outside the grid. ETag + Cache-Control; If-None-Match gives 304.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/vnd.mapbox-vector-tile"))
	ResponseEntity<byte[]> tile(@PathVariable int z, @PathVariable int x, @PathVariable int y, WebRequest request) {
		NetworkTiles.checkTile(z, x, y);
		CacheControl cache = CacheControl.maxAge(this.properties.maxAge()).cachePublic();
		if (request.checkNotModified(this.etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cache).eTag(this.etag).build();
		}
		byte[] body = this.tiles.getObject().tile(z, x, y);
		if (body.length == 0) {
			return ResponseEntity.noContent().cacheControl(cache).eTag(this.etag).build();
		}
		return ResponseEntity.ok().contentType(MVT).cacheControl(cache).eTag(this.etag).body(body);
	}

	@GetMapping(path = "/tiles.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "TileJSON 3.0 of the road-network tiles (URL template, zoom range, bounds, layer fields)")
	ResponseEntity<Map<String, Object>> tileJson() {
		NetworkTiles network = this.tiles.getObject();
		double[] b = network.bounds();
		String template = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/routing/network/tiles/")
			.toUriString() + "{z}/{x}/{y}.mvt";
		Map<String, Object> body = Map.of("tilejson", "3.0.0", "name", "Zaplecze road network", "attribution",
				NetworkController.ATTRIBUTION, "scheme", "xyz", "tiles", List.of(template), "minzoom",
				NetworkTiles.MIN_ZOOM, "maxzoom", NetworkTiles.MAX_ZOOM, "bounds", List.of(b[0], b[1], b[2], b[3]),
				"center", List.of((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, 13), "vector_layers",
				List.of(Map.of("id", NetworkTiles.LAYER, "description", "Road segments of the routing graph",
						"minzoom", NetworkTiles.MIN_ZOOM, "maxzoom", NetworkTiles.MAX_ZOOM, "fields",
						Map.of("class", "String", "name", "String"))));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(this.properties.maxAge()).cachePublic())
			.eTag(this.etag)
			.body(body);
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
