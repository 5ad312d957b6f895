package io.zaplecze.app.scale;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Listens to one instance's dispatcher live feed (server-sent events) and keeps what it carried:
 * event type, vehicle and when it came (wall clock).
 */
final class FeedRecorder implements AutoCloseable {

	private static final Pattern VEHICLE = Pattern.compile("\"vehicleId\"\\s*:\\s*\"([^\"]+)\"");

	record Event(long atMillis, String type, String vehicleId) {
	}

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private volatile boolean open = true;

	private volatile InputStream body;

	FeedRecorder(AppJvm instance) {
		HttpClient http = HttpClient.newHttpClient();
		this.reader = Thread.ofPlatform().daemon().name("feed-" + instance.name()).start(() -> {
			while (this.open) {
				try {
					HttpResponse<InputStream> r = http.send(instance.authorized("/api/v1/tracking/feed")
						.timeout(java.time.Duration.ofDays(1)).header("Accept", "text/event-stream").GET().build(),
							HttpResponse.BodyHandlers.ofInputStream());
					this.body = r.body();
					read(new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8)));
				}
				catch (Exception ex) {
					AppJvm.sleep(200);
				}
			}
		});
	}

	private void read(BufferedReader in) throws java.io.IOException {
		String type = null;
		for (String line = in.readLine(); line != null && this.open; line = in.readLine()) {
			if (line.startsWith("event:")) {
				type = line.substring(6).trim();
			}
			else if (line.startsWith("data:") && type != null) {
				Matcher m = VEHICLE.matcher(line);
				this.events.add(new Event(System.currentTimeMillis(), type, m.find() ? m.group(1) : ""));
			}
			else if (line.isEmpty()) {
				type = null;
			}
		}
	}

	List<Event> events() {
		return List.copyOf(this.events);
	}

	@Override
	public void close() throws Exception {
		this.open = false;
		InputStream b = this.body;
		if (b != null) {
			b.close();
		}
		this.reader.interrupt();
	}

}
