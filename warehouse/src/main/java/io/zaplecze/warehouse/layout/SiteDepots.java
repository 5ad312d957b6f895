package io.zaplecze.warehouse.layout;

import java.util.Optional;

import io.zaplecze.routing.DepotDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Routing's {@link DepotDirectory}: a depot is a warehouse site, found by its code. */
@Component
class SiteDepots implements DepotDirectory {

	private final LayoutService layout;

	SiteDepots(LayoutService layout) {
		this.layout = layout;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Depot> depot(String siteCode) {
		return this.layout.findSite(siteCode).map(site -> new Depot(site.id(), site.location()));
	}

}
