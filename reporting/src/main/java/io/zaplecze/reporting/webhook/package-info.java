/** Outbound webhooks: an outbox of signed deliveries to the front office's URL, retried with back-off. */
@NullMarked
package io.zaplecze.reporting.webhook;

import org.jspecify.annotations.NullMarked;
