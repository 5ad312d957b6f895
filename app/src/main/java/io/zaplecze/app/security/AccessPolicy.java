package io.zaplecze.app.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what: the one policy table ({@code classpath:security/access-policy.md}, a Markdown
 * table also shown in the README), from which the HTTP security rules are built. A row is a method
 * ({@code *} for any), a path pattern as in the OpenAPI document ({@code {name}} one segment,
 * {@code **} the rest) and {@code public}, {@code authenticated} or a list of roles. More specific
 * patterns are matched first.
 */
final class AccessPolicy {

	static final String LOCATION = "security/access-policy.md";

	private final List<Rule> rules;

	private AccessPolicy(List<Rule> rules) {
		List<Rule> sorted = new ArrayList<>(rules);
		sorted.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
		this.rules = List.copyOf(sorted);
	}

	/** The application's table. */
	static AccessPolicy load() {
		try (InputStream in = AccessPolicy.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("The access policy " + LOCATION + " is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the access policy " + LOCATION, ex);
		}
	}

	/** Parses the Markdown table; a malformed row, an unknown role or a duplicate row stops the start. */
	static AccessPolicy parse(String table) {
		List<Rule> rules = new ArrayList<>();
		int line = 0;
		for (String raw : table.split("\n")) {
			line++;
			String text = raw.strip();
			if (!text.startsWith("|") || text.startsWith("| method") || text.startsWith("| ---")) {
				continue;
			}
			String[] cells = text.substring(1, text.endsWith("|") ? text.length() - 1 : text.length()).split("\\|");
			if (cells.length != 3) {
				throw new IllegalStateException(LOCATION + " line " + line + ": expected | method | path | who |");
			}
			String method = cells[0].strip();
			String path = cells[1].strip().replace("`", "");
			Rule rule = new Rule(method.equals("*") ? null : HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), path,
					Access.parse(cells[2].strip(), line));
			if (rules.stream().anyMatch(r -> r.sameKey(rule))) {
				throw new IllegalStateException(LOCATION + " line " + line + ": a second row for " + method + " " + path);
			}
			rules.add(rule);
		}
		return new AccessPolicy(rules);
	}

	/** Most specific first: the order the security filter chain checks them in. */
	List<Rule> rules() {
		return this.rules;
	}

	/** The row a request of this method and path falls under, if any (the first match, as the chain does). */
	Optional<Rule> ruleFor(String method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.rules.stream()
			.filter(r -> r.method() == null || r.method().matches(method)
					|| (r.method() == HttpMethod.GET && HttpMethod.HEAD.matches(method)))
			.filter(r -> r.pattern().matches(container))
			.findFirst();
	}

	/**
	 * One row of the table.
	 *
	 * @param method the HTTP method, null for any (a GET row also covers HEAD)
	 * @param path the path pattern
	 * @param access who may call it
	 */
	record Rule(@Nullable HttpMethod method, String path, Access access) {

		PathPattern pattern() {
			return PathPatternParser.defaultInstance.parse(this.path);
		}

		boolean sameKey(Rule other) {
			return java.util.Objects.equals(this.method, other.method) && this.path.equals(other.path);
		}

	}

	/**
	 * Who may call a row's operations.
	 *
	 * @param anyone no authentication needed ({@code public})
	 * @param anyRole any authenticated user ({@code authenticated})
	 * @param roles otherwise, the roles allowed
	 */
	record Access(boolean anyone, boolean anyRole, Set<Role> roles) {

		static Access parse(String text, int line) {
			if (text.equals("public")) {
				return new Access(true, true, EnumSet.allOf(Role.class));
			}
			if (text.equals("authenticated")) {
				return new Access(false, true, EnumSet.allOf(Role.class));
			}
			Set<Role> roles = EnumSet.noneOf(Role.class);
			for (String name : text.split(",")) {
				try {
					roles.add(Role.valueOf(name.strip()));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException(LOCATION + " line " + line + ": unknown role '" + name.strip()
							+ "' (roles: " + Arrays.toString(Role.values()) + ", or public / authenticated)");
				}
			}
			return new Access(false, false, Collections.unmodifiableSet(roles));
		}

		boolean allows(@Nullable Role role) {
			return this.anyone || (role != null && (this.anyRole || this.roles.contains(role)));
		}

		String[] roleNames() {
			return this.roles.stream().map(Role::name).toArray(String[]::new);
		}

		@Override
		public String toString() {
			return this.anyone ? "public" : this.anyRole ? "authenticated"
					: this.roles.stream().map(Role::name).collect(Collectors.joining(", "));
		}

	}

}
