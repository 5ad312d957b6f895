package io.zaplecze.tracking.scale;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Several instances on one database and broker, under {@code zaplecze.tracking.scale}.
 *
 * @param enabled true: the ingest runs only on the instance holding the slot's lease (the others
 * follow the database and take over when the owner dies); false: this instance ingests on its own
 * (a single instance, or the old shared-subscription mode)
 * @param slot the ingest slot this instance competes for: one per broker node, i.e. one persistent
 * MQTT session with plain subscriptions (Mosquitto restores those after a restart, never
 * {@code $share/...} ones)
 * @param ingestClientId the MQTT client id of the slot's session, the same on every instance (the
 * broker keeps and queues for it while no instance holds the lease); empty:
 * {@code zaplecze-ingest-<slot>}
 * @param leaseTtl how long a lease lasts without renewal: an owner killed without goodbye is replaced
 * after at most this (plus one heartbeat)
 * @param heartbeat how often the owner renews its lease and the others try to take expired ones
 * @param followInterval how often an instance that does not own the slot mirrors the live state
 * (positions, stop progress, ETAs) from the database into its own views and live feed
 */
@ConfigurationProperties("zaplecze.tracking.scale")
public record ScaleProperties(@DefaultValue("false") boolean enabled, @DefaultValue("main") String slot,
		@DefaultValue("") String ingestClientId, @DefaultValue("5s") Duration leaseTtl,
		@DefaultValue("1s") Duration heartbeat, @DefaultValue("1s") Duration followInterval) {

	public ScaleProperties {
		if (heartbeat.isNegative() || heartbeat.isZero() || leaseTtl.compareTo(heartbeat.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException(
					"zaplecze.tracking.scale.lease-ttl must be at least twice the heartbeat (a positive duration)");
		}
		if (slot.isBlank() || !slot.matches("[A-Za-z0-9_.-]+")) {
			throw new IllegalArgumentException("zaplecze.tracking.scale.slot must be letters, digits, '.', '_' or '-'");
		}
	}

	/** The slot's MQTT client id. */
	public String effectiveIngestClientId() {
		return this.ingestClientId.isBlank() ? "zaplecze-ingest-" + this.slot : this.ingestClientId;
	}

}
