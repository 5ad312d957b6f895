package io.zaplecze.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the audit trail (administrators only, by the application's security policy). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	/** The newest entries first; {@code action} exact, or a prefix when it ends in a dot ({@code routing.}). */
	List<AuditEntry> auditEntries(@RequestParam(required = false) @Size(max = 200) @Nullable String actor,
			@RequestParam(required = false) @Size(max = 200) @Nullable String action,
			@RequestParam(required = false) @Size(max = 200) @Nullable String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return this.trail.find(actor, action, subject, from, to, limit);
	}

}
