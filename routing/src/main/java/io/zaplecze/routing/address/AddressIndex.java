package io.zaplecze.routing.address;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.AddressDirectory;
import io.zaplecze.routing.address.OsmAddressReader.OsmAddress;
import io.zaplecze.routing.roadnetwork.RoadNetworkProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The address index of the loaded map and the resolver. When the application is ready the
 * configured extract is indexed once per file version (fingerprint: path, size, modification time)
 * on a background thread; the generated demo town has no address data.
 */
@Service
public class AddressIndex implements AddressDirectory {

	private static final Logger log = LoggerFactory.getLogger(AddressIndex.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JdbcTemplate batch;

	private final RoadNetworkProperties properties;

	private final Clock clock;

	private final CompletableFuture<@Nullable String> ready = new CompletableFuture<>();

	AddressIndex(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, RoadNetworkProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void indexConfiguredMap() {
		Path osm = this.properties.osmPath();
		if (osm == null) {
			this.ready.complete(null);
			return;
		}
		Thread.ofVirtual().name("address-index").start(() -> {
			try {
				this.ready.complete(index(osm));
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not index the addresses of {}: {}", osm, ex.getMessage());
				this.ready.complete(null);
			}
		});
	}

	/** Indexes the addresses of an OSM file unless this version of it is indexed; returns its fingerprint. */
	public String index(Path osm) throws IOException {
		String fingerprint = fingerprint(osm);
		Boolean known = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM routing.address_source WHERE fingerprint = ?)")
			.param(fingerprint)
			.query(Boolean.class)
			.single();
		if (known) {
			return fingerprint;
		}
		long started = System.nanoTime();
		List<OsmAddress> addresses = OsmAddressReader.read(osm);
		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("DELETE FROM routing.address_source").update();
			this.jdbc.sql("INSERT INTO routing.address_source (fingerprint, description, addresses, indexed_at) VALUES (?, ?, ?, ?)")
				.params(fingerprint, osm.getFileName().toString(), addresses.size(), Timestamp.from(this.clock.instant()))
				.update();
			List<Object[]> rows = new ArrayList<>(addresses.size());
			for (OsmAddress a : addresses) {
				rows.add(new Object[] { fingerprint, AddressKeys.street(a.street()), AddressKeys.number(a.houseNumber()),
						AddressKeys.postcode(a.postcode()), AddressKeys.optional(a.city()), a.street(), a.houseNumber(),
						a.postcode(), a.city(), a.lat(), a.lon() });
			}
			this.batch.batchUpdate("""
					INSERT INTO routing.address (source, street_key, number_key, postcode_key, city_key, street, house_number,
					                             postcode, city, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		});
		log.info("Indexed {} addresses of {} in {} ms", addresses.size(), osm, (System.nanoTime() - started) / 1_000_000);
		return fingerprint;
	}

	@Override
	public Resolution resolve(String street, String houseNumber, @Nullable String postcode, @Nullable String city) {
		String source = currentSource();
		if (source == null) {
			return new Resolution.Unavailable("The loaded map has no address data (OSM addr:* tags); give lat/lon");
		}
		String streetKey = AddressKeys.street(street);
		String numberKey = AddressKeys.number(houseNumber);
		String postcodeKey = AddressKeys.postcode(postcode);
		String cityKey = AddressKeys.optional(city);
		record Hit(String street, String number, @Nullable String postcode, @Nullable String city, double lat, double lon) {
		}
		List<Hit> hits = this.jdbc.sql("""
				SELECT street, house_number, postcode, city, lat, lon FROM routing.address
				WHERE source = ? AND street_key = ? AND number_key = ?
				  AND (CAST(? AS text) IS NULL OR postcode_key IS NULL OR postcode_key = ?)
				  AND (CAST(? AS text) IS NULL OR city_key IS NULL OR city_key = ?)""")
			.params(source, streetKey, numberKey, postcodeKey, postcodeKey, cityKey, cityKey)
			.query((rs, n) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
					rs.getDouble(6)))
			.list();
		String asked = street + " " + houseNumber + ((postcode != null) ? ", " + postcode : "")
				+ ((city != null) ? " " + city : "");
		if (hits.isEmpty()) {
			return new Resolution.NotFound("Address not found in the map's address data: " + asked);
		}
		// Several entries of one building (a node and its way) lie close together: one place.
		Hit first = hits.getFirst();
		boolean onePlace = hits.stream().allMatch(h -> distanceMeters(first.lat(), first.lon(), h.lat(), h.lon()) < 150);
		if (!onePlace) {
			String places = hits.stream()
				.map(h -> ((h.postcode() != null) ? h.postcode() + " " : "") + ((h.city() != null) ? h.city() : "?"))
				.distinct()
				.limit(5)
				.reduce((a, b) -> a + "; " + b)
				.orElse("");
			return new Resolution.Ambiguous(hits.size(), places);
		}
		double lat = hits.stream().mapToDouble(Hit::lat).average().orElseThrow();
		double lon = hits.stream().mapToDouble(Hit::lon).average().orElseThrow();
		String spelled = first.street() + " " + first.number()
				+ ((first.postcode() != null || first.city() != null) ? ","
						+ ((first.postcode() != null) ? " " + first.postcode() : "")
						+ ((first.city() != null) ? " " + first.city() : "") : "");
		return new Resolution.Found(new GeoPoint(lat, lon), spelled);
	}

	/** Waits (at most {@code seconds}) until the configured map is indexed; its fingerprint, or null for none. */
	public @Nullable String awaitIndexed(long seconds) throws Exception {
		try {
			return this.ready.get(seconds, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			return null;
		}
	}

	private @Nullable String currentSource() {
		return this.jdbc.sql("SELECT fingerprint FROM routing.address_source WHERE addresses > 0 ORDER BY indexed_at DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static String fingerprint(Path osm) throws IOException {
		Path real = osm.toAbsolutePath().normalize();
		String text = real + ":" + Files.size(real) + ":" + Files.getLastModifiedTime(real).toMillis();
		return (text.length() <= 200) ? text : text.substring(text.length() - 200);
	}

	private static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
		double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
		double y = Math.toRadians(lat2 - lat1);
		return Math.sqrt(x * x + y * y) * 6_371_000;
	}

}
