package io.zaplecze.routing.address;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.zaplecze.routing.AddressDirectory.Resolution;
import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The address index on the real database (same context configuration as the planner's module test). */
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@RealServices
@TestPropertySource(properties = { "zaplecze.routing.graph-cache-dir=${java.io.tmpdir}/zaplecze-planner-module-tests",
		"zaplecze.routing.planning.threads=2", "zaplecze.routing.planning.poll-interval=200ms",
		"zaplecze.routing.planning.demo.time-limit=2s", "zaplecze.routing.planning.demo.quiet-period=300ms",
		"zaplecze.routing.planning.demo.wait-for-deliveries=10s" })
class AddressIndexTests {

	@Autowired
	AddressIndex addresses;

	@Test
	void resolvesStreetAndNumberFromTheMapsOwnAddressDataAndNeverGuesses() throws Exception {
		// The generated town has no address data.
		assertThat(this.addresses.awaitIndexed(30)).isNull();
		assertThat(this.addresses.resolve("Lipowa", "7a", null, null)).isInstanceOf(Resolution.Unavailable.class);

		this.addresses.index(Path.of("src/test/resources/osm/addresses.osm"));

		// A node, spelt differently: case, diacritics and "ul." do not matter.
		assertThat(this.addresses.resolve("ul. marszalkowska", "12", "00-001", "warszawa"))
			.isInstanceOfSatisfying(Resolution.Found.class, found -> {
				assertThat(found.location().lat()).isCloseTo(52.23, within(1e-6));
				assertThat(found.address()).isEqualTo("Marszałkowska 12, 00-001 Warszawa");
			});
		// A building way: the mean of its corners.
		assertThat(this.addresses.resolve("Lipowa", "7A", null, "Warszawa"))
			.isInstanceOfSatisfying(Resolution.Found.class, found -> {
				assertThat(found.location().lat()).isCloseTo(52.2505, within(1e-6));
				assertThat(found.location().lon()).isCloseTo(21.0005, within(1e-6));
			});
		// One street and number in two towns: ambiguous without the city, found with it.
		assertThat(this.addresses.resolve("Hauptstr.", "1", null, null)).isInstanceOf(Resolution.Ambiguous.class);
		assertThat(this.addresses.resolve("Hauptstraße", "1", null, "Sudheim"))
			.isInstanceOfSatisfying(Resolution.Found.class, found -> assertThat(found.location().lat()).isCloseTo(52.14,
					within(1e-6)));
		// Unknown number, or a city that does not match: not found.
		assertThat(this.addresses.resolve("Lipowa", "99", null, null)).isInstanceOf(Resolution.NotFound.class);
		assertThat(this.addresses.resolve("Marszałkowska", "12", null, "Kraków")).isInstanceOf(Resolution.NotFound.class);
		// Indexing the same file again is a no-op.
		this.addresses.index(Path.of("src/test/resources/osm/addresses.osm"));
		assertThat(this.addresses.resolve("Lipowa", "7a", null, null)).isInstanceOf(Resolution.Found.class);
	}

}
