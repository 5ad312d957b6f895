package io.zaplecze.inventory.replenishment;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.LotExpiring;
import io.zaplecze.inventory.command.CommandRetry;
import io.zaplecze.inventory.replenishment.Expiry.ExpiringLot;
import io.zaplecze.inventory.replenishment.Expiry.ScrapResult;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory")
@Tag(name = "Inventory: expiry", description = "Expiring lots, the expiry scan and scrapping expired stock")
class ExpiryController {

	private final Expiry expiry;

	private final CommandRetry retry;

	ExpiryController(Expiry expiry, CommandRetry retry) {
		this.expiry = expiry;
		this.retry = retry;
	}

	@GetMapping("/expiring")
	@Operation(summary = "Lots with stock that expire within N days (expired ones included, flagged)")
	PageResponse<ExpiringLot> expiring(@RequestParam(defaultValue = "7") int withinDays,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.expiry.expiring(withinDays, new PageRequest(page, size));
	}

	@PostMapping("/expiring/scan")
	@Operation(summary = "Runs the expiry scan now (it also runs daily): raises LotExpiring once per lot")
	List<LotExpiring> scan() {
		return this.retry.run(this.expiry::scan);
	}

	@PostMapping("/expired-lots/scrap")
	@Operation(summary = "Scraps every unreserved unit of every expired lot (optionally at one site) in one command")
	ScrapResult scrapExpired(@RequestHeader("Idempotency-Key") String key,
			@RequestParam(required = false) @Nullable String siteId) {
		return this.retry.run(() -> this.expiry.scrapExpired(key, siteId));
	}

}
