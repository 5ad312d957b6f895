package io.zaplecze.inventory.imports;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTests {

	@Test
	void readsQuotedFieldsEscapedQuotesCrlfAndSkipsBlankLines() {
		Csv csv = Csv.parse("\uFEFFsku,Name\r\nA-1,\"Milk, 1 l \"\"fresh\"\"\"\r\n\r\nB-2,\"two\nlines\"\n");

		assertThat(csv.records()).hasSize(2);
		Csv.Record first = csv.records().get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(csv.get(first, "SKU")).isEqualTo("A-1");
		assertThat(csv.get(first, "name")).isEqualTo("Milk, 1 l \"fresh\"");
		Csv.Record second = csv.records().get(1);
		assertThat(second.line()).isEqualTo(4);
		assertThat(csv.get(second, "name")).isEqualTo("two\nlines");
	}

	@Test
	void reportsMissingColumnsAndBlankFieldsAsNull() {
		Csv csv = Csv.parse("sku,name\nA,\n");

		assertThat(csv.missing(List.of("sku", "unit"))).containsExactly("unit");
		assertThat(csv.get(csv.records().getFirst(), "name")).isNull();
	}

	@Test
	void refusesAnUnterminatedQuoteAndAnEmptyFile() {
		assertThatThrownBy(() -> Csv.parse("sku\n\"A")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Csv.parse("")).isInstanceOf(IllegalArgumentException.class);
	}

}
