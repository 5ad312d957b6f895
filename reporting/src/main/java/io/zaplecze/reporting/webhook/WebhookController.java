package io.zaplecze.reporting.webhook;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reporting/webhooks")
@Tag(name = "Reporting: webhooks", description = "The outbound webhook's delivery log")
class WebhookController {

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/deliveries")
	@Operation(summary = "Newest webhook deliveries (status PENDING, DELIVERED or FAILED) with attempts and last error")
	List<Webhooks.Delivery> deliveries(@RequestParam(defaultValue = "50") int limit,
			@RequestParam(required = false) @Nullable String status) {
		return this.webhooks.log(limit, status);
	}

}
