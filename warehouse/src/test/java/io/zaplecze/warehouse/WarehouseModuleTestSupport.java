package io.zaplecze.warehouse;

import io.zaplecze.inventory.ExceptionHandling;
import io.zaplecze.inventory.StockControl;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.testsupport.RealServices;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The warehouse module alone on a fresh real database, other modules' facades mocked. Test classes
 * extend it so that they share one application context (one start-up for the module's suite).
 */
@ApplicationModuleTest(extraIncludes = "platform")
@RealServices
public abstract class WarehouseModuleTestSupport {

	@MockitoBean
	protected StockManagement stock;

	@MockitoBean
	protected RoadNetworkManagement roads;

	@MockitoBean
	protected StockControl control;

	@MockitoBean
	protected ExceptionHandling exceptions;

	@Autowired
	protected LayoutService layout;

	protected WarehouseTestFixtures fixtures;

	/** A new site with its own code (tests share the database) and inventory stubbed for it. */
	protected Site newSite() {
		String code = "M" + Integer.toHexString(0x1000 + (int) (Math.random() * 0xEFFF)).toUpperCase();
		Site site = WarehouseTestFixtures.site(this.layout, code);
		this.fixtures = WarehouseTestFixtures.stub(this.stock, code);
		return site;
	}

}
