package io.zaplecze.tracking.feed;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /api/v1/tracking/feed}: the dispatcher's live feed as server-sent events. */
@RestController
class LiveFeedController {

	private final LiveFeed feed;

	LiveFeedController(LiveFeed feed) {
		this.feed = feed;
	}

	@GetMapping(path = "/api/v1/tracking/feed", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter feed() {
		return this.feed.subscribe();
	}

}
