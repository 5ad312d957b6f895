package io.zaplecze.platform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail on a real database: who, when, what; in the caller's transaction; read back filtered. */
@SpringBootTest
@AutoConfigureMockMvc
@RealServices
class AuditTrailTests {

	static final ThreadLocal<String> ACTOR = ThreadLocal.withInitial(() -> "alice");

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void recordsTheCurrentActorTheActionTheSubjectAndDetails() {
		String subject = "plan:" + UUID.randomUUID();
		AuditEntry recorded = this.trail.record("routing.plan.published", subject, Map.of("version", 3, "force", false));

		assertThat(this.trail.find(null, null, subject, null, null, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.id()).isEqualTo(recorded.id());
			assertThat(entry.actor()).isEqualTo("alice");
			assertThat(entry.action()).isEqualTo("routing.plan.published");
			assertThat(entry.details()).containsEntry("version", 3).containsEntry("force", false);
			assertThat(entry.at()).isBeforeOrEqualTo(Instant.now());
		});
	}

	@Test
	void anEntryRollsBackWithTheChangeItDescribes() {
		String subject = "lot:" + UUID.randomUUID();
		try {
			this.transactions.executeWithoutResult(status -> {
				this.trail.record("inventory.stock.scrapped", subject);
				throw new IllegalStateException("the use case failed after recording");
			});
		}
		catch (IllegalStateException expected) {
			// the use case's failure
		}
		assertThat(this.trail.find(null, null, subject, null, null, 10)).isEmpty();
	}

	@Test
	void filtersByActorAndActionPrefixNewestFirst() {
		String subject = "vehicle:" + UUID.randomUUID();
		ACTOR.set("bob");
		try {
			this.trail.record("tracking.device.provisioned", subject);
			this.trail.record("tracking.device.revoked", subject, Map.of("reason", "lost"));
		}
		finally {
			ACTOR.remove();
		}
		assertThat(this.trail.find("bob", "tracking.device.", subject, null, null, 10)).extracting(AuditEntry::action)
			.containsExactly("tracking.device.revoked", "tracking.device.provisioned");
		assertThat(this.trail.find("bob", "tracking.device.revoked", subject, null, null, 10)).hasSize(1);
		assertThat(this.trail.find("alice", null, subject, null, null, 10)).isEmpty();
		assertThat(this.trail.find(null, "tracking.", subject, Instant.now().plusSeconds(60), null, 10)).isEmpty();
	}

	@Test
	void refusesAMalformedActionOrSubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.trail.record("Plan Published", "plan:1"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.trail.record("routing.plan.published", " "));
	}

	@Test
	void cutsAnOverlongSubjectInsteadOfFailingTheUseCase() {
		AuditEntry entry = this.trail.record("inventory.stock.expired-scrapped", "site:" + "x".repeat(5000));
		assertThat(entry.subject()).hasSize(200).endsWith("…");
	}

	@Test
	void theEndpointListsEntriesAndRefusesABadLimitAsAProblem() throws Exception {
		String subject = "stock:" + UUID.randomUUID();
		this.trail.record("inventory.stock.adjusted", subject, Map.of("delta", -4));
		this.mvc.perform(get("/api/v1/audit").param("subject", subject))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].actor").value("alice"))
			.andExpect(jsonPath("$[0].details.delta").value(-4));
		this.mvc.perform(get("/api/v1/audit").param("limit", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ AuditController.class, io.zaplecze.platform.ProblemDetailsAdvice.class })
	static class Config {

		@Bean
		AuditActor actor() {
			return () -> ACTOR.get();
		}

	}

}
