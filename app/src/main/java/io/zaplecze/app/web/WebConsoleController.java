package io.zaplecze.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web console needs to know before it draws a map. Public: the customer page shows one. */
@RestController
@RequestMapping("/api/v1/web")
@Tag(name = "web console")
class WebConsoleController {

	/** TileJSON of the routing module's road-network tiles. */
	static final String TILE_JSON = "/api/v1/routing/network/tiles.json";

	private final WebConsoleProperties properties;

	WebConsoleController(WebConsoleProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/config")
	@Operation(summary = "The web console's configuration: which basemap its maps use")
	ResponseEntity<WebConfigResponse> config() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(new WebConfigResponse(new BasemapResponse(this.properties.basemap().styleUrl(), TILE_JSON)));
	}

	/** @param basemap the basemap */
	record WebConfigResponse(BasemapResponse basemap) {
	}

	/**
	 * @param styleUrl an external MapLibre style (zaplecze.web.basemap.style-url), null for the app's own tiles
	 * @param tileJsonUrl TileJSON of the app's own road-network vector tiles
	 */
	record BasemapResponse(@Nullable String styleUrl, String tileJsonUrl) {
	}

}
