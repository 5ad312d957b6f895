package io.zaplecze.routing.address;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Match keys: lower case, without diacritics and punctuation, single spaces; common street-type
 * spellings folded ({@code ul. Lipowa} = {@code Lipowa}, {@code Hauptstraße} = {@code Hauptstr.}).
 */
final class AddressKeys {

	private AddressKeys() {
	}

	static String street(String street) {
		String key = plain(street);
		key = key.replaceAll("^(ul|ulica|al|aleja|aleje|pl|plac|os|osiedle) ", "");
		key = key.replaceAll("(strasse|str)$", "str").replaceAll(" (strasse|str)$", " str");
		return key;
	}

	static String number(String number) {
		return plain(number).replace(" ", "");
	}

	static @Nullable String optional(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String key = plain(value);
		return key.isEmpty() ? null : key;
	}

	static @Nullable String postcode(@Nullable String value) {
		String key = optional(value);
		return (key != null) ? key.replace(" ", "") : null;
	}

	static String plain(String text) {
		String s = text.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ß", "ss").replace("ø", "o").replace("đ", "d");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return s;
	}

}
