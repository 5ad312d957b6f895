package io.zaplecze.platform.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded action.
 *
 * @param id increasing with the order of recording
 * @param at when it was recorded (the caller's transaction time, from the application clock)
 * @param actor who did it: a user name, or {@link AuditActor#SYSTEM}
 * @param action what was done, a dotted lower-case name owned by the calling module, e.g.
 * {@code routing.plan.published}
 * @param subject what it was done to, {@code <kind>:<id>}, e.g. {@code plan:1f0c…}
 * @param details further facts (numbers, ids, reasons); empty when none
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, Map<String, Object> details) {
}
