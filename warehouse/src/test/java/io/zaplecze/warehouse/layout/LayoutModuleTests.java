package io.zaplecze.warehouse.layout;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.warehouse.WarehouseModuleTestSupport;
import io.zaplecze.warehouse.picking.PickPoint;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutModuleTests extends WarehouseModuleTestSupport {

	@Test
	void aLayoutFileWithBadRowsIsRefusedWholeWithEveryBadRowReported() {
		Site site = newSite();
		int before = this.layout.bins(site.id()).size();
		String code = site.code();
		String csv = "code,zone,kind,aisle,bay,level,x,y,capacity_volume_cm3,capacity_weight_grams\n"
				+ code + "-A-09-01-1,A,PICK_FACE,A9,1,1,40,3,500000,400000\n"
				+ code + "-Q-01-01-1,Q,PICK_FACE,Q1,1,1,60,3,500000,400000\n"
				+ code + "-A-01-01-1,A,PICK_FACE,A1,1,1,1,3,500000,400000\n"
				+ code + "-A-09-02-1,A,PICK_FACE,A9,2,1,40,3,lots,400000\n"
				+ code + "-A-09-03-1,A,RESERVE,A9,3,1,40,3,0,400000\n";
		LayoutImportReport report = this.layout.importBins(code, csv);
		assertThat(report.imported()).isZero();
		assertThat(report.errors()).extracting(LayoutImportReport.RowError::row).containsExactly(3, 4, 5, 6);
		assertThat(this.layout.bins(site.id())).hasSize(before);
	}

	@Test
	void zoneGeometryFollowsTheBins() {
		Site site = newSite();
		Map<UUID, ZoneGeometry> geometry = this.layout.geometry(site.id());
		ZoneGeometry ambient = geometry.values().stream().filter((g) -> g.zone().code().equals("A")).findFirst().orElseThrow();
		// Two aisles whose bins sit 1.6 m either side of x = 2.6 and 7.8; bins from y 3.35 to 8.75.
		assertThat(ambient.layout().aisleX()).hasSize(2);
		assertThat(ambient.layout().x(0)).isEqualTo(2.6, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(ambient.layout().x(1)).isEqualTo(7.8, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(ambient.layout().frontY()).isEqualTo(2.35, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(ambient.layout().backY()).isEqualTo(9.75, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(ambient.point(this.layout.bin(site.code() + "-A-02-05-1"))).isEqualTo(new PickPoint(1, 8.75));
	}

}
