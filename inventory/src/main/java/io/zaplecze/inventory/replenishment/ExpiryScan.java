package io.zaplecze.inventory.replenishment;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.LotExpiring;
import io.zaplecze.inventory.command.CommandLog;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily housekeeping run: raise {@link LotExpiring} for lots entering the warning horizon (each
 * lot once, so several instances or a rerun raise nothing twice) and forget old idempotency keys.
 */
@Component
class ExpiryScan {

	private static final Logger log = LoggerFactory.getLogger(ExpiryScan.class);

	private final Expiry expiry;

	private final CommandLog commands;

	private final InventoryProperties properties;

	ExpiryScan(Expiry expiry, CommandLog commands, InventoryProperties properties) {
		this.expiry = expiry;
		this.commands = commands;
		this.properties = properties;
	}

	@Scheduled(cron = "${zaplecze.inventory.expiry.scan-cron:0 30 1 * * *}",
			zone = "${zaplecze.inventory.zone:Europe/Warsaw}")
	void daily() {
		List<LotExpiring> raised = this.expiry.scan();
		int purged = this.commands.purgeOlderThan(this.properties.idempotency().retention());
		log.info("Expiry scan: {} lot(s) newly expiring, {} idempotency key(s) purged", raised.size(), purged);
	}

}
