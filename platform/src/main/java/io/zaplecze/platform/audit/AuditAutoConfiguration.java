package io.zaplecze.platform.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zaplecze.platform.ModuleSchema;
import io.zaplecze.platform.PlatformAutoConfiguration;

/**
 * The audit trail wherever there is a database: its schema ({@code audit}, migrated like every
 * module's) and the {@link AuditTrail}; its read endpoint ({@code AuditController}) is found by the
 * application's component scan like every controller. The actor is the
 * application's {@link AuditActor} bean, or {@link AuditActor#SYSTEM} when there is none.
 */
@AutoConfiguration(after = { JdbcClientAutoConfiguration.class, PlatformAutoConfiguration.class })
@ConditionalOnBean(JdbcClient.class)
public class AuditAutoConfiguration {

	@Bean
	ModuleSchema auditSchema() {
		return new ModuleSchema("audit");
	}

	@Bean
	AuditTrail auditTrail(JdbcClient jdbc, ObjectProvider<AuditActor> actor, Clock clock) {
		AuditActor current = actor.getIfAvailable(() -> () -> AuditActor.SYSTEM);
		return new AuditTrail(jdbc, current, clock);
	}

}
