package io.zaplecze.platform.audit;

/**
 * Who is acting right now, for the {@link AuditTrail}. The application supplies one that reads the
 * security context (the authenticated user's name); without one, every entry is recorded as
 * {@link #SYSTEM}.
 */
@FunctionalInterface
public interface AuditActor {

	/** The actor of work no person started: start-up, schedulers, event listeners. */
	String SYSTEM = "system";

	/** @return the current actor's name, never blank */
	String current();

}
