package io.zaplecze.tracking.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What a stage decided about a message: go on, drop it as a duplicate (acknowledged, counted), or set
 * it aside as a dead letter (stored with the reason, acknowledged, counted).
 */
sealed interface StageOutcome {

	StageOutcome CONTINUE = new Continue();

	static StageOutcome duplicate() {
		return Duplicate.INSTANCE;
	}

	static StageOutcome deadLetter(DeadLetterReason reason, @Nullable String detail) {
		return new DeadLetter(reason, detail);
	}

	record Continue() implements StageOutcome {
	}

	record Duplicate() implements StageOutcome {

		static final Duplicate INSTANCE = new Duplicate();

	}

	record DeadLetter(DeadLetterReason reason, @Nullable String detail) implements StageOutcome {
	}

}
