package io.zaplecze.warehouse.layout;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.GeoPoint;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites, zones, bins and dock doors: creating them, importing a layout from CSV, and the lookups
 * every other warehouse feature needs (a bin by code, a zone's walking geometry).
 */
@Service
@Transactional
public class LayoutService {

	/** Receiving and quarantine areas hold whatever arrives: no practical limit. */
	private static final long AREA_CAPACITY = 1_000_000_000_000L;

	private final SiteRepository sites;

	private final ZoneRepository zones;

	private final BinRepository bins;

	private final DockDoorRepository docks;

	private final Clock clock;

	LayoutService(SiteRepository sites, ZoneRepository zones, BinRepository bins, DockDoorRepository docks, Clock clock) {
		this.sites = sites;
		this.zones = zones;
		this.bins = bins;
		this.docks = docks;
		this.clock = clock;
	}

	/** Creates a site with its receiving and quarantine areas. */
	public Site createSite(String code, String name, GeoPoint location, ZoneId zone, LocalTime opensAt, LocalTime closesAt) {
		if (this.sites.findByCode(code).isPresent()) {
			throw new DuplicateCode("Site", code);
		}
		Site site = this.sites.save(new Site(code, name, location, zone, opensAt, closesAt, this.clock.instant()));
		for (String area : List.of(site.receivingLocation(), site.quarantineLocation())) {
			if (this.bins.existsByCode(area)) {
				throw new DuplicateCode("Bin", area);
			}
		}
		this.bins.save(new Bin(site.id(), null, site.receivingLocation(), BinKind.RECEIVING, null, null, null, 0, 0,
				AREA_CAPACITY, AREA_CAPACITY));
		this.bins.save(new Bin(site.id(), null, site.quarantineLocation(), BinKind.QUARANTINE, null, null, null, 0, 0,
				AREA_CAPACITY, AREA_CAPACITY));
		return site;
	}

	@Transactional(readOnly = true)
	public Site site(String code) {
		return this.sites.findByCode(code).orElseThrow(() -> new SiteNotFound(code));
	}

	@Transactional(readOnly = true)
	public Optional<Site> findSite(String code) {
		return this.sites.findByCode(code);
	}

	@Transactional(readOnly = true)
	public Optional<Site> findSite(UUID id) {
		return this.sites.findById(id);
	}

	@Transactional(readOnly = true)
	public Site site(UUID id) {
		return this.sites.findById(id).orElseThrow(() -> new SiteNotFound(id.toString()));
	}

	@Transactional(readOnly = true)
	public List<Site> sites() {
		return this.sites.findAll().stream().sorted(java.util.Comparator.comparing(Site::code)).toList();
	}

	public Zone addZone(String siteCode, String code, TemperatureClass temperatureClass, double entryX, double entryY,
			Map<Integer, Long> levelLimits) {
		Site site = site(siteCode);
		if (this.zones.findBySiteIdAndCode(site.id(), code).isPresent()) {
			throw new DuplicateCode("Zone", code);
		}
		return this.zones.save(new Zone(site.id(), code, temperatureClass, entryX, entryY, levelLimits));
	}

	@Transactional(readOnly = true)
	public List<Zone> zones(UUID siteId) {
		return this.zones.findBySiteIdOrderByCode(siteId);
	}

	@Transactional(readOnly = true)
	public Zone zone(UUID zoneId) {
		return this.zones.findById(zoneId).orElseThrow(() -> new ZoneNotFound(zoneId.toString()));
	}

	/** A new storage bin; its code must start with the site's code. */
	public Bin addBin(String siteCode, NewBin request) {
		Site site = site(siteCode);
		List<String> errors = new ArrayList<>();
		Bin bin = validate(site, request, zonesByCode(site), new HashSet<>(), errors);
		if (bin == null) {
			throw new InvalidLayout(String.join("; ", errors));
		}
		return this.bins.save(bin);
	}

	/**
	 * Imports bins from CSV (header {@code code,zone,kind,aisle,bay,level,x,y,capacity_volume_cm3,capacity_weight_grams}).
	 * All rows or none: with any bad row nothing is imported and the report lists every bad row.
	 */
	public LayoutImportReport importBins(String siteCode, String csv) {
		Site site = site(siteCode);
		Map<String, Zone> zonesByCode = zonesByCode(site);
		List<LayoutImportReport.RowError> errors = new ArrayList<>();
		List<Bin> accepted = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String[] lines = csv.strip().split("\\R");
		if (lines.length == 0 || lines[0].isBlank()) {
			return new LayoutImportReport(0, List.of(new LayoutImportReport.RowError(1, "The file is empty")));
		}
		List<String> header = List.of(lines[0].strip().toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"));
		List<String> expected = List.of("code", "zone", "kind", "aisle", "bay", "level", "x", "y", "capacity_volume_cm3",
				"capacity_weight_grams");
		if (!header.equals(expected)) {
			return new LayoutImportReport(0,
					List.of(new LayoutImportReport.RowError(1, "The header must be " + String.join(",", expected))));
		}
		for (int i = 1; i < lines.length; i++) {
			int row = i + 1;
			if (lines[i].isBlank()) {
				continue;
			}
			String[] cells = lines[i].split("\\s*,\\s*", -1);
			if (cells.length != expected.size()) {
				errors.add(new LayoutImportReport.RowError(row, "Expected " + expected.size() + " columns, got " + cells.length));
				continue;
			}
			try {
				NewBin request = new NewBin(cells[0].strip(), cells[1], BinKind.valueOf(cells[2].strip().toUpperCase(java.util.Locale.ROOT)),
						cells[3], Integer.parseInt(cells[4]), Integer.parseInt(cells[5]), Double.parseDouble(cells[6]),
						Double.parseDouble(cells[7]), Long.parseLong(cells[8]), Long.parseLong(cells[9]));
				List<String> rowErrors = new ArrayList<>();
				Bin bin = validate(site, request, zonesByCode, seen, rowErrors);
				if (bin == null) {
					rowErrors.forEach((message) -> errors.add(new LayoutImportReport.RowError(row, message)));
				}
				else {
					accepted.add(bin);
				}
			}
			catch (IllegalArgumentException ex) {
				errors.add(new LayoutImportReport.RowError(row, "Unreadable value: " + ex.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			return new LayoutImportReport(0, errors);
		}
		this.bins.saveAll(accepted);
		return new LayoutImportReport(accepted.size(), List.of());
	}

	private Map<String, Zone> zonesByCode(Site site) {
		Map<String, Zone> map = new HashMap<>();
		this.zones.findBySiteIdOrderByCode(site.id()).forEach((z) -> map.put(z.code(), z));
		return map;
	}

	private @Nullable Bin validate(Site site, NewBin request, Map<String, Zone> zonesByCode, Set<String> seen,
			List<String> errors) {
		if (request.code() == null || !request.code().startsWith(site.code() + "-")) {
			errors.add("Bin code " + request.code() + " must start with the site code " + site.code() + "-");
		}
		else if (!seen.add(request.code()) || this.bins.existsByCode(request.code())) {
			errors.add("Bin " + request.code() + " already exists");
		}
		if (request.kind() != BinKind.PICK_FACE && request.kind() != BinKind.RESERVE) {
			errors.add("Only PICK_FACE and RESERVE bins can be added; the site has its receiving and quarantine areas");
		}
		Zone zone = zonesByCode.get(request.zone() == null ? "" : request.zone().strip());
		if (zone == null) {
			errors.add("Unknown zone " + request.zone());
		}
		if (request.aisle() == null || request.aisle().isBlank()) {
			errors.add("An aisle is required");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		try {
			return new Bin(site.id(), zone.id(), request.code(), request.kind(), request.aisle().strip(), request.bay(),
					request.level(), request.x(), request.y(), request.capacityVolumeCm3(), request.capacityWeightGrams());
		}
		catch (InvalidLayout ex) {
			errors.add(ex.getMessage());
			return null;
		}
	}

	/** A storage bin to create. */
	public record NewBin(String code, String zone, BinKind kind, String aisle, int bay, int level, double x, double y,
			long capacityVolumeCm3, long capacityWeightGrams) {
	}

	public DockDoor addDock(String siteCode, String code, DockDoor.Direction direction, boolean refrigerated, double x,
			double y) {
		Site site = site(siteCode);
		if (this.docks.existsBySiteIdAndCode(site.id(), code)) {
			throw new DuplicateCode("Dock door", code);
		}
		return this.docks.save(new DockDoor(site.id(), code, direction, refrigerated, x, y));
	}

	@Transactional(readOnly = true)
	public List<DockDoor> docks(UUID siteId) {
		return this.docks.findBySiteIdOrderByCode(siteId);
	}

	/** A bin by its code (the inventory location id); fails with {@link BinNotFound}. */
	@Transactional(readOnly = true)
	public Bin bin(String code) {
		return this.bins.findByCode(code).orElseThrow(() -> new BinNotFound(code));
	}

	@Transactional(readOnly = true)
	public Optional<Bin> findBin(String code) {
		return this.bins.findByCode(code);
	}

	@Transactional(readOnly = true)
	public List<Bin> bins(Collection<String> codes) {
		return this.bins.findByCodeIn(codes);
	}

	@Transactional(readOnly = true)
	public List<Bin> bins(UUID siteId) {
		return this.bins.findBySiteIdOrderByCode(siteId);
	}

	@Transactional(readOnly = true)
	public List<Bin> binsOfZone(UUID zoneId) {
		return this.bins.findByZoneIdOrderByCode(zoneId);
	}

	/** The walking geometry of every zone of a site, by zone id. */
	@Transactional(readOnly = true)
	public Map<UUID, ZoneGeometry> geometry(UUID siteId) {
		Map<UUID, List<Bin>> byZone = new HashMap<>();
		for (Bin bin : this.bins.findBySiteIdOrderByCode(siteId)) {
			if (bin.zoneId() != null) {
				byZone.computeIfAbsent(bin.zoneId(), (z) -> new ArrayList<>()).add(bin);
			}
		}
		Map<UUID, ZoneGeometry> geometry = new HashMap<>();
		for (Zone zone : this.zones.findBySiteIdOrderByCode(siteId)) {
			geometry.put(zone.id(), ZoneGeometry.of(zone, byZone.getOrDefault(zone.id(), List.of())));
		}
		return geometry;
	}

}
