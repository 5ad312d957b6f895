package io.zaplecze.warehouse.claims;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

/** The name a floor step is recorded under: the authenticated user. */
public final class Person {

	private Person() {
	}

	public static String of(@Nullable Principal principal) {
		return (principal != null && principal.getName() != null && !principal.getName().isBlank()) ? principal.getName()
				: "anonymous";
	}

}
