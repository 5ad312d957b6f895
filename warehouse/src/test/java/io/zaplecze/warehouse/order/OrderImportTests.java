package io.zaplecze.warehouse.order;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.platform.csv.CsvImportLog;
import io.zaplecze.platform.csv.CsvImportRejected;
import io.zaplecze.platform.csv.CsvImportReport;
import io.zaplecze.platform.csv.CsvImportReport.Outcome;
import io.zaplecze.platform.csv.CsvRowError;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.warehouse.WarehouseModuleTestSupport;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.BDDMockito.given;

/** The orders CSV import on the real database, inventory and the road network mocked. */
class OrderImportTests extends WarehouseModuleTestSupport {

	private static final String HEADER = "orderNumber,site,customerName,requestedDate,windows,priority,sku,quantity,lat,lon,street,houseNumber,city\n";

	@Autowired
	OrderImport imports;

	@Autowired
	OrderService orders;

	Site site;

	String day;

	@BeforeEach
	void site() {
		this.site = newSite();
		this.day = LocalDate.now().plusDays(30).toString();
		given(this.roads.area()).willReturn(new NetworkArea(52.1, 20.9, 52.4, 21.2));
	}

	private String number() {
		return "IMP-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void importsOrdersLineByLineAndReimportingChangesNothing() {
		String a = number();
		String b = number();
		String file = HEADER + a + "," + this.site.code() + ",Kowalski," + this.day + ",08:00-10:00;14:00-16:00,7,RICE-1KG,2,52.23,21.01,,,\n"
				+ a + ",,,,,,MILK-1L,3,,,,,\n" + a + ",,,,,,RICE-1KG,1,,,,,\n" + b + "," + this.site.code() + ",\"Nowak, Anna\","
				+ this.day + ",09:00-17:00,,PASTA-500,4,52.25,21.05,,,\n";

		CsvImportReport report = this.imports.importFile(file, null, false);

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rows()).isEqualTo(4);
		assertThat(report.results()).extracting(CsvImportReport.Result::line).containsExactly(2, 5);
		OutboundOrder first = this.orders.order(UUID.fromString(report.results().getFirst().id()));
		assertThat(first.orderNumber()).isEqualTo(a);
		assertThat(first.priority()).isEqualTo(7);
		assertThat(first.windows()).hasSize(2);
		assertThat(first.windows().getFirst().start()).hasToString(this.day + "T07:00:00Z");
		assertThat(first.lines()).extracting(OrderLine::sku, OrderLine::quantity)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("RICE-1KG", 3),
					org.assertj.core.groups.Tuple.tuple("MILK-1L", 3));
		assertThat(first.status()).isEqualTo(OrderStatus.ALLOCATED);

		CsvImportReport again = this.imports.importFile(file, null, false);
		assertThat(again.created()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.results()).extracting(CsvImportReport.Result::outcome).containsOnly(Outcome.UNCHANGED);
	}

	@Test
	void aFileWithAnyBadRowIsRejectedWholeWithLineNumbersAndAddressesAreNeverPlacedSilently() {
		String good = number();
		String file = HEADER + good + "," + this.site.code() + ",Good," + this.day + ",08:00-10:00,,RICE-1KG,2,52.23,21.01,,,\n"
				+ number() + "," + this.site.code() + ",Bad," + this.day + ",10:00-08:00,11,NOPE,-2,52.23,21.01,,,\n"
				+ number() + ",NOSITE,Far,2020-01-01,08:00-10:00,,RICE-1KG,1,48.0,2.0,,,\n" + number() + ","
				+ this.site.code() + ",Street," + this.day + ",08:00-10:00,,RICE-1KG,1,,,Lipowa,7,Warszawa\n";

		CsvImportRejected rejected = catchThrowableOfType(CsvImportRejected.class,
				() -> this.imports.importFile(file, null, false));

		assertThat(rejected.rows()).isEqualTo(4);
		assertThat(rejected.errors()).extracting(CsvRowError::line, CsvRowError::column)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "windows"), org.assertj.core.groups.Tuple.tuple(3, "priority"),
					org.assertj.core.groups.Tuple.tuple(3, "sku"), org.assertj.core.groups.Tuple.tuple(3, "quantity"),
					org.assertj.core.groups.Tuple.tuple(4, "site"), org.assertj.core.groups.Tuple.tuple(5, "street"));
		assertThat(rejected.errors()).filteredOn(e -> e.line() == 5)
			.singleElement()
			.satisfies(e -> assertThat(e.message()).contains("not resolved"));
		assertThat(rejected.errors()).extracting(CsvRowError::line).isSorted().doesNotContain(2);
		assertThat(this.orders.orders(this.site.code(), LocalDate.parse(this.day))).isEmpty();
	}

	@Test
	void anExistingOrderNumberWithOtherContentIsAnErrorAndAKeyReplaysItsFirstReport() {
		String a = number();
		String file = HEADER + a + "," + this.site.code() + ",Kowalski," + this.day + ",08:00-10:00,,RICE-1KG,2,52.23,21.01,,,\n";
		String key = UUID.randomUUID().toString();
		CsvImportReport dry = this.imports.importFile(file, key, true);
		assertThat(dry.imported()).isFalse();
		assertThat(this.orders.orders(this.site.code(), LocalDate.parse(this.day))).isEmpty();

		CsvImportReport first = this.imports.importFile(file, key, false);
		CsvImportReport replay = this.imports.importFile(file, key, false);
		assertThat(replay.replayed()).isTrue();
		assertThat(replay.results().getFirst().id()).isEqualTo(first.results().getFirst().id());
		assertThatThrownBy(() -> this.imports.importFile(file.replace(",2,", ",5,"), key, false))
			.isInstanceOf(CsvImportLog.KeyReused.class);

		CsvImportRejected changed = catchThrowableOfType(CsvImportRejected.class,
				() -> this.imports.importFile(file.replace(",2,", ",5,"), null, false));
		assertThat(changed.errors()).singleElement().satisfies(e -> {
			assertThat(e.column()).isEqualTo("orderNumber");
			assertThat(e.message()).contains("exists with other content");
		});
		assertThat(this.orders.orders(this.site.code(), LocalDate.parse(this.day))).hasSize(1);
	}

}
