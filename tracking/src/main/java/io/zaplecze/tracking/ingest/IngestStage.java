package io.zaplecze.tracking.ingest;

/** One per-message step of the {@link IngestPipeline}: decode, validate, deduplicate, enrich. */
interface IngestStage {

	/** Looks at (and may complete) the envelope; anything but {@link StageOutcome#CONTINUE} ends its way. */
	StageOutcome apply(Envelope envelope);

}
