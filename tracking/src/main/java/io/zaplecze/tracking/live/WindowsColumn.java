package io.zaplecze.tracking.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.zaplecze.platform.TimeWindow;

/** A stop's time windows as one text column: {@code start/end;start/end} in ISO-8601. */
public final class WindowsColumn {

	private WindowsColumn() {
	}

	public static String format(List<TimeWindow> windows) {
		return windows.stream().map(w -> w.start() + "/" + w.end()).collect(Collectors.joining(";"));
	}

	public static List<TimeWindow> parse(String text) {
		List<TimeWindow> windows = new ArrayList<>();
		for (String part : text.split(";")) {
			int slash = part.indexOf('/');
			if (slash > 0) {
				windows.add(new TimeWindow(Instant.parse(part.substring(0, slash)), Instant.parse(part.substring(slash + 1))));
			}
		}
		return windows;
	}

}
