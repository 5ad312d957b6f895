package io.zaplecze.tracking.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceTimesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-27T08:15:30Z", "2026-11-27T08:15:30.5Z", "2026-11-27T08:15:30.123456789Z",
			"2026-11-27T08:15:30+01:00", "2026-11-27T08:15:30.25-05:30", "2024-02-29T23:59:59+18:00",
			"1970-01-01T00:00:00-18:00", "2026-11-27T08:15:30-00:00" })
	void readsTheCommonFormLikeTheFullParser(String text) {
		assertThat(DeviceTimes.parseCommonForm(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-27t08:15:30z", "2026-11-27T08:15Z", "2026-11-27T08:15:30.1234567891Z",
			"+12026-11-27T08:15:30Z", "2026-11-27T08:15:30+01:00:30", "2026-11-27T08:15:30+0100",
			"2026-11-27T08:15:30.Z" })
	void leavesOtherFormsToTheFullParser(String text) {
		assertThat(DeviceTimes.parseCommonForm(text)).isNull();
		acceptsExactlyWhatTheFullParserAccepts(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-29T08:15:30Z", "2026-04-31T08:15:30Z", "2026-11-27T24:00:00Z",
			"2026-11-27T08:60:00Z", "2026-11-27T08:15:60Z", "2026-13-01T08:15:30Z", "2026-11-27T08:15:30+19:00",
			"2026-11-27T08:15:30", "2026-11-27 08:15:30Z", "2026-11-2aT08:15:30Z",
			"２026-11-27T08:15:30Z", "2026-11-27T08:15:30ZZ", "" })
	void refusesWhatTheFullParserRefuses(String text) {
		assertThatThrownBy(() -> DeviceTimes.parse(text)).isInstanceOf(DateTimeException.class);
	}

	@Test
	void agreesWithTheFullParserOnRandomTexts() {
		SplittableRandom random = new SplittableRandom(7);
		String alphabet = "0123456789-:T.Z+";
		for (int i = 0; i < 200_000; i++) {
			char[] text = "2026-11-27T08:15:30.123+01:00".toCharArray();
			int changes = 1 + random.nextInt(3);
			for (int c = 0; c < changes; c++) {
				text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			String s = new String(text, 0, 19 + random.nextInt(text.length - 18));
			acceptsExactlyWhatTheFullParserAccepts(s);
		}
	}

	private static void acceptsExactlyWhatTheFullParserAccepts(String text) {
		Instant expected;
		try {
			expected = OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException ex) {
			assertThatThrownBy(() -> DeviceTimes.parse(text)).as(text).isInstanceOf(DateTimeException.class);
			return;
		}
		assertThat(DeviceTimes.parse(text)).as(text).isEqualTo(expected);
	}

}
