package io.zaplecze.tracking.feed;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.zaplecze.tracking.TrackingProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dispatcher live feed: server-sent events ({@code position}, {@code stop}, {@code eta},
 * {@code delay}). Publishing only enqueues (the ingest never waits for a browser); each subscriber
 * has a bounded queue drained by its own virtual thread, and a subscriber that falls behind loses
 * events (counted) rather than slowing anyone.
 */
@Component
public class LiveFeed implements DisposableBean {

	private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	private final TrackingProperties.Feed settings;

	private final Counter dropped;

	LiveFeed(TrackingProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
		MeterRegistry meters = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
		this.settings = properties.feed();
		this.dropped = meters.counter("zaplecze.tracking.feed.dropped");
	}

	public boolean hasSubscribers() {
		return !this.subscribers.isEmpty();
	}

	public void publish(String type, Object data) {
		for (Subscriber subscriber : this.subscribers) {
			if (!subscriber.queue.offer(new Event(type, data))) {
				this.dropped.increment();
			}
		}
	}

	SseEmitter subscribe() {
		SseEmitter emitter = new SseEmitter(this.settings.timeout().toMillis());
		Subscriber subscriber = new Subscriber(emitter, new ArrayBlockingQueue<>(Math.max(1, this.settings.subscriberQueue())));
		this.subscribers.add(subscriber);
		Runnable remove = () -> {
			subscriber.open = false;
			this.subscribers.remove(subscriber);
		};
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(ex -> remove.run());
		Thread.ofVirtual().name("feed-subscriber").start(() -> pump(subscriber, remove));
		publishTo(subscriber, new Event("hello", java.util.Map.of("subscribers", this.subscribers.size())));
		return emitter;
	}

	private void publishTo(Subscriber subscriber, Event event) {
		if (!subscriber.queue.offer(event)) {
			this.dropped.increment();
		}
	}

	private void pump(Subscriber subscriber, Runnable remove) {
		try {
			while (subscriber.open) {
				Event event = subscriber.queue.poll(15, TimeUnit.SECONDS);
				if (event == null) {
					subscriber.emitter.send(SseEmitter.event().comment("keep-alive"));
					continue;
				}
				subscriber.emitter.send(SseEmitter.event().name(event.type()).data(event.data(), MediaType.APPLICATION_JSON));
			}
		}
		catch (IOException | IllegalStateException ex) {
			remove.run();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			remove.run();
		}
	}

	@Override
	public void destroy() {
		for (Subscriber subscriber : this.subscribers) {
			subscriber.open = false;
			subscriber.emitter.complete();
		}
		this.subscribers.clear();
	}

	private record Event(String type, Object data) {
	}

	private static final class Subscriber {

		final SseEmitter emitter;

		final BlockingQueue<Event> queue;

		volatile boolean open = true;

		Subscriber(SseEmitter emitter, BlockingQueue<Event> queue) {
			this.emitter = emitter;
			this.queue = queue;
		}

	}

}
