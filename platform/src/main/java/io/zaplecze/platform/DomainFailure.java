package io.zaplecze.platform;

/**
 * Base of every named domain failure ({@code InsufficientStock}, {@code PlanNotFound}, ...). Each
 * module extends it with its own base exception; the {@link Kind} tells the web layer which HTTP
 * status the failure means, so modules never depend on HTTP types.
 */
public abstract class DomainFailure extends RuntimeException {

	/** What kind of failure this is, independent of any transport. */
	public enum Kind {

		/** The thing asked for does not exist (HTTP 404). */
		NOT_FOUND,

		/** The request clashes with the current state, e.g. a retry with another payload (HTTP 409). */
		CONFLICT,

		/** The request is well-formed but breaks a domain rule (HTTP 422). */
		UNPROCESSABLE,

		/** The request itself is invalid (HTTP 400). */
		INVALID

	}

	private final Kind kind;

	protected DomainFailure(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/** A stable, machine-readable code for clients, e.g. {@code insufficient-stock}. */
	public String code() {
		return getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
