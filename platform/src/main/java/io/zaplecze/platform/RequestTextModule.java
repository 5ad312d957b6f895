package io.zaplecze.platform;

import java.time.LocalDate;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every request body's text and dates must be before any module stores them: no NUL character
 * in a string (PostgreSQL cannot store one) and a date within years 1 to 9999 (PostgreSQL's and ISO
 * 8601's plain range; a number like 2147483648 would otherwise become the year 5881580). A refused
 * value fails the body as unreadable, naming the field and the reason.
 */
public class RequestTextModule extends SimpleModule {

	public RequestTextModule() {
		super("zaplecze-request-text");
		addDeserializer(String.class, new NoNulStringDeserializer());
		addDeserializer(LocalDate.class, new PlainYearLocalDateDeserializer());
	}

	/** The reason a string is refused, or null when it is fine. */
	static String refusal(String text) {
		return (text.indexOf('\u0000') >= 0) ? "text must not contain NUL characters" : null;
	}

	static final class NoNulStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			String value = super.deserialize(p, ctxt);
			String refused = (value != null) ? refusal(value) : null;
			if (refused != null) {
				throw DatabindException.from(p, refused, new IllegalArgumentException(refused));
			}
			return value;
		}

	}

	/** Wraps Jackson's ISO date reader (a subclass would be replaced by its contextual copies). */
	static final class PlainYearLocalDateDeserializer extends ValueDeserializer<LocalDate> {

		@Override
		public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			LocalDate value = (LocalDate) LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
			if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
				String refused = "a date must be between 0001-01-01 and 9999-12-31, was " + value;
				throw DatabindException.from(p, refused, new IllegalArgumentException(refused));
			}
			return value;
		}

	}

}
