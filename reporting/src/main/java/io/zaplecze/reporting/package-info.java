/**
 * Reporting: what happened and what someone must do about it. A downstream module (like {@code app})
 * that keeps its own read model — daily rollups fed by the other modules' events — and turns every
 * exception event into something a person sees: dispatcher alerts, warehouse tasks, the front
 * office's backorder list, outbound webhooks, the return and re-delivery of damaged goods.
 *
 * <p>Must not read other modules' tables: it uses only their public APIs (facades and events). No
 * other module depends on it.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = { "platform", "inventory", "warehouse", "routing",
		"tracking" })
@NullMarked
package io.zaplecze.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
