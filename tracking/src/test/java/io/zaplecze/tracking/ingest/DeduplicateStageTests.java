package io.zaplecze.tracking.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeduplicateStageTests {

	@Test
	void remembersStoredSequenceNumbersInAnyOrder() {
		DeduplicateStage.SeqWindow window = new DeduplicateStage.SeqWindow();
		window.add(10);
		window.add(7);
		assertThat(window.contains(10)).isTrue();
		assertThat(window.contains(7)).isTrue();
		assertThat(window.contains(8)).isFalse();
		assertThat(window.contains(11)).isFalse();
	}

	@Test
	void forgetsWhatSlidesOutOfTheWindowSoTheDatabaseDecides() {
		DeduplicateStage.SeqWindow window = new DeduplicateStage.SeqWindow();
		window.add(1);
		window.add(1 + DeduplicateStage.WINDOW);
		assertThat(window.contains(1)).isFalse();
		assertThat(window.contains(1 + DeduplicateStage.WINDOW)).isTrue();
	}

	@Test
	void aJumpAheadClearsStaleSlots() {
		DeduplicateStage.SeqWindow window = new DeduplicateStage.SeqWindow();
		window.add(5);
		window.add(5 + DeduplicateStage.WINDOW / 2);
		window.add(5 + 3L * DeduplicateStage.WINDOW);
		assertThat(window.contains(5 + 2L * DeduplicateStage.WINDOW + DeduplicateStage.WINDOW / 2)).isFalse();
		assertThat(window.contains(5 + 2L * DeduplicateStage.WINDOW)).isFalse();
	}

}
