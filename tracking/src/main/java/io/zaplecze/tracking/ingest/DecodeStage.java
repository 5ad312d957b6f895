package io.zaplecze.tracking.ingest;

/** Topic and payload to a {@link DeviceMessage}: size limit first, then strict JSON decoding. */
final class DecodeStage implements IngestStage {

	private final JsonPayloadDecoder decoder = new JsonPayloadDecoder();

	private final int maxPayloadBytes;

	DecodeStage(int maxPayloadBytes) {
		this.maxPayloadBytes = maxPayloadBytes;
	}

	@Override
	public StageOutcome apply(Envelope envelope) {
		if (envelope.topic.kind() == null) {
			return StageOutcome.deadLetter(DeadLetterReason.BAD_TOPIC, "topic " + envelope.inbound.topic());
		}
		byte[] payload = envelope.inbound.payload();
		if (payload.length > this.maxPayloadBytes) {
			return StageOutcome.deadLetter(DeadLetterReason.OVERSIZED,
					payload.length + " bytes, limit " + this.maxPayloadBytes);
		}
		try {
			envelope.message = this.decoder.decode(payload, envelope.topic.kind(), envelope.inbound.receivedAt());
			return StageOutcome.CONTINUE;
		}
		catch (JsonPayloadDecoder.MalformedPayload ex) {
			return StageOutcome.deadLetter(DeadLetterReason.MALFORMED, ex.getMessage());
		}
	}

}
