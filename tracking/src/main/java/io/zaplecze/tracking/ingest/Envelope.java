package io.zaplecze.tracking.ingest;

import org.jspecify.annotations.Nullable;

/** A message on its way through the pipeline: the raw message, what the topic says, what was decoded. */
final class Envelope {

	final InboundMessage inbound;

	final DeviceTopic topic;

	@Nullable DeviceMessage message;

	StageOutcome outcome = StageOutcome.CONTINUE;

	Envelope(InboundMessage inbound, DeviceTopic topic) {
		this.inbound = inbound;
		this.topic = topic;
	}

	boolean accepted() {
		return this.outcome == StageOutcome.CONTINUE && this.message != null;
	}

}
