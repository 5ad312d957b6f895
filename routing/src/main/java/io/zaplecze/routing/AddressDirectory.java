package io.zaplecze.routing;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

/**
 * Postal addresses of the loaded map, from its own OpenStreetMap address data ({@code addr:street},
 * {@code addr:housenumber}, {@code addr:postcode}, {@code addr:city} on nodes and ways), indexed when
 * the map is loaded. Matching ignores case, diacritics and punctuation.
 */
public interface AddressDirectory {

	/**
	 * Resolves a street address. Never guesses: an address found in several places that the postcode
	 * or city given cannot tell apart is {@link Resolution.Ambiguous}.
	 */
	Resolution resolve(String street, String houseNumber, @Nullable String postcode, @Nullable String city);

	/** The outcome of a resolution. */
	sealed interface Resolution {

		/** Found: where, and the address as the map spells it. */
		record Found(GeoPoint location, String address) implements Resolution {
		}

		/** Not in the map's address data. */
		record NotFound(String reason) implements Resolution {
		}

		/** Found in several places; give a postcode or city. */
		record Ambiguous(int matches, String places) implements Resolution {
		}

		/** The map has no address data (the generated town, an extract without addr:* tags) or it is not indexed yet. */
		record Unavailable(String reason) implements Resolution {
		}

	}

}
