package io.zaplecze.tracking.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.testsupport.TestServices;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest lease on the real PostgreSQL (table from the module's own migration). */
class IngestLeasesTests {

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void database() throws Exception {
		TestServices.Database db = TestServices.freshDatabase();
		jdbc = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
		String migration = Files.readString(Path.of("src/main/resources/db/migration/tracking/V60__ingest_leases.sql"));
		jdbc.execute("CREATE SCHEMA tracking");
		jdbc.execute("SET search_path TO tracking; " + migration);
	}

	@Test
	void oneOwnerAtATimeAndATakeoverOnlyAfterExpiry() throws InterruptedException {
		IngestLeases leases = new IngestLeases(jdbc);
		Duration ttl = Duration.ofSeconds(20);
		OptionalLong first = leases.tryAcquire("s1", "a", ttl);
		assertThat(first).isPresent();
		assertThat(leases.tryAcquire("s1", "b", ttl)).as("held by a").isEmpty();
		assertThat(leases.renew("s1", "a", first.getAsLong(), ttl)).isTrue();
		assertThat(leases.tryAcquire("s2", "b", ttl)).as("another slot is free").isPresent();

		// a renews for a moment only, then stops renewing (it died).
		assertThat(leases.renew("s1", "a", first.getAsLong(), Duration.ofMillis(200))).isTrue();
		Thread.sleep(700);
		OptionalLong second = leases.tryAcquire("s1", "b", ttl);
		assertThat(second).as("a's lease ran out").isPresent();
		assertThat(second.getAsLong()).isGreaterThan(first.getAsLong());
		assertThat(leases.renew("s1", "a", first.getAsLong(), ttl)).as("a was replaced: it may not renew").isFalse();

		leases.release("s1", "b", second.getAsLong());
		assertThat(leases.tryAcquire("s1", "a", ttl)).as("released: free at once").isPresent();
	}

}
