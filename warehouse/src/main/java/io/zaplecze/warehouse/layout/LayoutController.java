package io.zaplecze.warehouse.layout;

import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.GeoPoint;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse layout", description = "Sites (depots), temperature zones, bins and dock doors")
class LayoutController {

	private final LayoutService layout;

	private final StockManagement stock;

	LayoutController(LayoutService layout, StockManagement stock) {
		this.layout = layout;
		this.stock = stock;
	}

	@PostMapping("/sites")
	@Operation(summary = "Create a site (depot) with its receiving and quarantine areas")
	ResponseEntity<SiteResponse> createSite(@Valid @RequestBody CreateSiteRequest request) {
		Site site = this.layout.createSite(request.code(), request.name(), request.location(), zone(request.timeZone()),
				request.opensAt(), request.closesAt());
		return ResponseEntity.created(URI.create("/api/v1/warehouse/sites/" + site.code())).body(siteResponse(site));
	}

	@GetMapping("/sites")
	@Operation(summary = "All sites")
	List<SiteResponse> sites() {
		return this.layout.sites().stream().map(this::siteResponse).toList();
	}

	@GetMapping("/sites/{code}")
	@Operation(summary = "A site with its zones and dock doors")
	SiteResponse site(@PathVariable String code) {
		return siteResponse(this.layout.site(code));
	}

	@PostMapping("/sites/{code}/zones")
	@Operation(summary = "Add a temperature zone")
	ResponseEntity<ZoneResponse> addZone(@PathVariable String code, @Valid @RequestBody AddZoneRequest request) {
		Zone zone = this.layout.addZone(code, request.code(), request.temperatureClass(), request.entryX(),
				request.entryY(), (request.levelWeightLimitsGrams() == null) ? Map.of() : request.levelWeightLimitsGrams());
		return ResponseEntity.created(URI.create("/api/v1/warehouse/sites/" + code)).body(ZoneResponse.of(zone));
	}

	@PostMapping("/sites/{code}/docks")
	@Operation(summary = "Add a dock door")
	ResponseEntity<DockResponse> addDock(@PathVariable String code, @Valid @RequestBody AddDockRequest request) {
		DockDoor dock = this.layout.addDock(code, request.code(), request.direction(), request.refrigerated(), request.x(),
				request.y());
		return ResponseEntity.created(URI.create("/api/v1/warehouse/sites/" + code)).body(DockResponse.of(dock));
	}

	@PostMapping("/sites/{code}/bins")
	@Operation(summary = "Add a storage bin (code starts with the site code)")
	ResponseEntity<BinResponse> addBin(@PathVariable String code, @Valid @RequestBody AddBinRequest request) {
		Bin bin = this.layout.addBin(code,
				new LayoutService.NewBin(request.code(), request.zone(), request.kind(), request.aisle(), request.bay(),
						request.level(), request.x(), request.y(), request.capacityVolumeCm3(), request.capacityWeightGrams()));
		return ResponseEntity.created(URI.create("/api/v1/warehouse/bins/" + bin.code())).body(binResponse(bin));
	}

	@PostMapping(path = "/sites/{code}/bins/import", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Import bins from CSV; all rows or none, with a per-row error report",
			description = "Header: code,zone,kind,aisle,bay,level,x,y,capacity_volume_cm3,capacity_weight_grams")
	ResponseEntity<?> importBins(@PathVariable String code, @RequestBody String csv) {
		LayoutImportReport report = this.layout.importBins(code, csv);
		if (report.errors().isEmpty()) {
			return ResponseEntity.ok(report);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				report.errors().size() + " row(s) refused; nothing was imported.");
		problem.setType(URI.create("https://zaplecze.io/problems/layout-import-rejected"));
		problem.setTitle("Unprocessable Content");
		problem.setProperty("code", "layout-import-rejected");
		problem.setProperty("errors", report.errors());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@GetMapping("/sites/{code}/bins")
	@Operation(summary = "The bins of a site")
	List<BinResponse> bins(@PathVariable String code) {
		Site site = this.layout.site(code);
		return this.layout.bins(site.id()).stream().map(this::binResponse).toList();
	}

	@GetMapping("/bins/{code}")
	@Operation(summary = "A bin with the stock inventory books in it")
	BinDetailResponse bin(@PathVariable String code) {
		Bin bin = this.layout.bin(code);
		return new BinDetailResponse(binResponse(bin), this.stock.stockAt(bin.code()));
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (java.time.DateTimeException ex) {
			throw new IllegalArgumentException("Unknown time zone " + id);
		}
	}

	private SiteResponse siteResponse(Site site) {
		return new SiteResponse(site.id(), site.code(), site.name(), site.location(), site.zoneId().getId(),
				site.opensAt(), site.closesAt(), site.receivingLocation(),
				this.layout.zones(site.id()).stream().map(ZoneResponse::of).toList(),
				this.layout.docks(site.id()).stream().map(DockResponse::of).toList());
	}

	private BinResponse binResponse(Bin bin) {
		Zone zone = (bin.zoneId() != null) ? this.layout.zone(bin.zoneId()) : null;
		return new BinResponse(bin.code(), (zone != null) ? zone.code() : null,
				(zone != null) ? zone.temperatureClass() : null, bin.kind(), bin.aisle(), bin.bay(), bin.level(), bin.x(),
				bin.y(), bin.capacityVolumeCm3(), bin.capacityWeightGrams());
	}

	record CreateSiteRequest(@NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}") String code, @NotBlank String name,
			@NotNull GeoPoint location, @NotBlank String timeZone, @NotNull LocalTime opensAt,
			@NotNull LocalTime closesAt) {
	}

	record AddZoneRequest(@NotBlank @Pattern(regexp = "[A-Z0-9]{1,16}") String code,
			@NotNull TemperatureClass temperatureClass, double entryX, double entryY,
			@Nullable Map<Integer, Long> levelWeightLimitsGrams) {
	}

	record AddDockRequest(@NotBlank String code, @NotNull DockDoor.Direction direction, boolean refrigerated, double x,
			double y) {
	}

	record AddBinRequest(@NotBlank String code, @NotBlank String zone, @NotNull BinKind kind, @NotBlank String aisle,
			@Positive int bay, @Positive int level, double x, double y, @Positive long capacityVolumeCm3,
			@Positive long capacityWeightGrams) {
	}

	record SiteResponse(UUID id, String code, String name, GeoPoint location, String timeZone, LocalTime opensAt,
			LocalTime closesAt, String receivingLocation, List<ZoneResponse> zones, List<DockResponse> docks) {
	}

	record ZoneResponse(String code, TemperatureClass temperatureClass, double entryX, double entryY,
			Map<Integer, Long> levelWeightLimitsGrams) {

		static ZoneResponse of(Zone zone) {
			return new ZoneResponse(zone.code(), zone.temperatureClass(), zone.entryX(), zone.entryY(), zone.levelLimits());
		}

	}

	record DockResponse(String code, DockDoor.Direction direction, boolean refrigerated, double x, double y) {

		static DockResponse of(DockDoor dock) {
			return new DockResponse(dock.code(), dock.direction(), dock.refrigerated(), dock.x(), dock.y());
		}

	}

	record BinResponse(String code, @Nullable String zone, @Nullable TemperatureClass temperatureClass, BinKind kind,
			@Nullable String aisle, @Nullable Integer bay, @Nullable Integer level, double x, double y,
			long capacityVolumeCm3, long capacityWeightGrams) {
	}

	record BinDetailResponse(BinResponse bin, List<StockLevel> stock) {
	}

}
