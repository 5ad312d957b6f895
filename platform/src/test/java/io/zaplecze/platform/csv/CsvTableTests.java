package io.zaplecze.platform.csv;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTests {

	@Test
	void readsQuotedFieldsEscapedQuotesCrlfAndSkipsBlankLines() {
		CsvTable csv = CsvTable.parse("\uFEFFsku,Name\r\nA-1,\"Milk, 1 l \"\"fresh\"\"\"\r\n\r\nB-2,\"two\nlines\"\n");

		assertThat(csv.records()).hasSize(2);
		CsvTable.Record first = csv.records().get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(csv.get(first, "SKU")).isEqualTo("A-1");
		assertThat(csv.get(first, "name")).isEqualTo("Milk, 1 l \"fresh\"");
		CsvTable.Record second = csv.records().get(1);
		assertThat(second.line()).isEqualTo(4);
		assertThat(csv.get(second, "name")).isEqualTo("two\nlines");
	}

	@Test
	void reportsMissingColumnsAndBlankFieldsAsNull() {
		CsvTable csv = CsvTable.parse("sku,name\nA,\n");

		assertThat(csv.missing(List.of("sku", "unit"))).containsExactly("unit");
		assertThat(csv.get(csv.records().getFirst(), "name")).isNull();
	}

	@Test
	void refusesAnUnterminatedQuoteAndAnEmptyFile() {
		assertThatThrownBy(() -> CsvTable.parse("sku\n\"A")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CsvTable.parse("")).isInstanceOf(IllegalArgumentException.class);
	}

}
