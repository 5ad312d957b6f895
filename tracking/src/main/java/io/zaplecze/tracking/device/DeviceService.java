package io.zaplecze.tracking.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.audit.AuditTrail;
import io.zaplecze.tracking.TrackingFailure;
import io.zaplecze.tracking.TrackingProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device credentials: provision, rotate, revoke. Our record is written first and the broker is
 * changed last in the same transaction, so a broker that refuses rolls our change back; the secret
 * leaves this class only in the {@link IssuedCredential} returned once, and is stored as its SHA-256.
 */
@Service
public class DeviceService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final DeviceBroker broker;

	private final DeviceProperties settings;

	private final String topicRoot;

	private final Clock clock;

	private final AuditTrail auditTrail;

	DeviceService(JdbcTemplate jdbc, DeviceBroker broker, TrackingProperties properties, DeviceProperties settings,
			Clock clock, AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
		this.jdbc = jdbc;
		this.broker = broker;
		this.settings = settings;
		this.topicRoot = properties.mqtt().topicRoot();
		this.clock = clock;
	}

	/**
	 * A credential as issued: the only time the secret is shown.
	 *
	 * @param vehicleId the vehicle
	 * @param clientId the MQTT client id the device must connect with
	 * @param username broker user name
	 * @param secret broker password (shown once; not stored)
	 * @param secretVersion 1 when provisioned, +1 per rotation
	 * @param publishTopics where the device may publish
	 * @param commandTopic the one topic it may subscribe to
	 */
	public record IssuedCredential(String vehicleId, String clientId, String username, String secret, int secretVersion,
			List<String> publishTopics, String commandTopic) {
	}

	/**
	 * A device as recorded (no secret).
	 *
	 * @param secretFingerprint the first 12 hex digits of the secret's SHA-256, to tell secrets apart
	 */
	public record DeviceView(String vehicleId, String clientId, String username, String status, int secretVersion,
			String secretFingerprint, Instant provisionedAt, String provisionedBy, @Nullable Instant rotatedAt,
			@Nullable Instant revokedAt, @Nullable String revokedBy) {
	}

	@Transactional
	public IssuedCredential provision(String vehicleId, String actor) {
		requireBroker();
		DeviceView existing = find(vehicleId, true);
		if (existing != null && "ACTIVE".equals(existing.status())) {
			throw new DeviceAlreadyProvisioned(vehicleId);
		}
		DeviceAccount account = DeviceAccount.of(vehicleId, this.settings.usernamePrefix(), this.topicRoot);
		String secret = newSecret();
		Timestamp now = Timestamp.from(this.clock.instant());
		int version = (existing != null) ? existing.secretVersion() + 1 : 1;
		if (existing == null) {
			int inserted = this.jdbc.update("""
					INSERT INTO tracking.devices (vehicle_id, username, client_id, secret_sha256, secret_version, status,
					  provisioned_at, provisioned_by) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
					ON CONFLICT DO NOTHING""", vehicleId, account.username(), account.clientId(), sha256(secret), version,
					now, actor);
			if (inserted == 0) {
				// A concurrent provisioning of the same vehicle won the race.
				throw new DeviceAlreadyProvisioned(vehicleId);
			}
		}
		else {
			this.jdbc.update("""
					UPDATE tracking.devices SET username = ?, client_id = ?, secret_sha256 = ?, secret_version = ?,
					  status = 'ACTIVE', provisioned_at = ?, provisioned_by = ?, rotated_at = NULL, revoked_at = NULL,
					  revoked_by = NULL WHERE vehicle_id = ?""", account.username(), account.clientId(), sha256(secret),
					version, now, actor, vehicleId);
		}
		this.broker.create(account, secret);
		audit("provisioned", account, version);
		return issued(account, secret, version);
	}

	@Transactional
	public IssuedCredential rotate(String vehicleId, String actor) {
		requireBroker();
		DeviceView existing = active(vehicleId);
		DeviceAccount topics = DeviceAccount.of(vehicleId, this.settings.usernamePrefix(), this.topicRoot);
		DeviceAccount account = new DeviceAccount(vehicleId, existing.username(), existing.clientId(),
				topics.publishTopics(), topics.commandTopic());
		String secret = newSecret();
		int version = existing.secretVersion() + 1;
		this.jdbc.update("UPDATE tracking.devices SET secret_sha256 = ?, secret_version = ?, rotated_at = ? WHERE vehicle_id = ?",
				sha256(secret), version, Timestamp.from(this.clock.instant()), vehicleId);
		this.broker.changeSecret(account, secret);
		audit("rotated", account, version);
		return issued(account, secret, version);
	}

	/** Revokes the device (idempotent): the broker deletes its account and disconnects it. */
	@Transactional
	public void revoke(String vehicleId, String actor) {
		requireBroker();
		DeviceView existing = find(vehicleId, true);
		if (existing == null) {
			throw new DeviceNotFound(vehicleId, "No device is provisioned for vehicle " + vehicleId);
		}
		if ("REVOKED".equals(existing.status())) {
			return;
		}
		this.jdbc.update("UPDATE tracking.devices SET status = 'REVOKED', revoked_at = ?, revoked_by = ? WHERE vehicle_id = ?",
				Timestamp.from(this.clock.instant()), actor, vehicleId);
		DeviceAccount account = new DeviceAccount(vehicleId, existing.username(), existing.clientId(), List.of(), "");
		this.broker.delete(account);
		audit("revoked", account, existing.secretVersion());
	}

	@Transactional(readOnly = true)
	public List<DeviceView> all() {
		return this.jdbc.query("SELECT * FROM tracking.devices ORDER BY vehicle_id LIMIT 10000", ROW);
	}

	@Transactional(readOnly = true)
	public DeviceView one(String vehicleId) {
		DeviceView view = find(vehicleId, false);
		if (view == null) {
			throw new DeviceNotFound(vehicleId, "No device is provisioned for vehicle " + vehicleId);
		}
		return view;
	}

	private DeviceView active(String vehicleId) {
		DeviceView view = find(vehicleId, true);
		if (view == null || !"ACTIVE".equals(view.status())) {
			throw new DeviceNotFound(vehicleId, "No active device is provisioned for vehicle " + vehicleId);
		}
		return view;
	}

	private @Nullable DeviceView find(String vehicleId, boolean forUpdate) {
		List<DeviceView> rows = this.jdbc.query(
				"SELECT * FROM tracking.devices WHERE vehicle_id = ?" + (forUpdate ? " FOR UPDATE" : ""), ROW, vehicleId);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private void requireBroker() {
		if (!this.broker.configured()) {
			throw new DeviceBrokerUnavailable("Device provisioning needs the broker's dynamic-security admin account "
					+ "(zaplecze.tracking.devices.admin-username and admin-password)");
		}
	}

	private IssuedCredential issued(DeviceAccount account, String secret, int version) {
		return new IssuedCredential(account.vehicleId(), account.clientId(), account.username(), secret, version,
				account.publishTopics(), account.commandTopic());
	}

	/** Into the platform's audit trail, in this transaction (who and when come from the trail); never a secret. */
	private void audit(String verb, DeviceAccount account, int secretVersion) {
		this.auditTrail.record("tracking.device." + verb, "vehicle:" + account.vehicleId(),
				Map.of("username", account.username(), "clientId", account.clientId(), "secretVersion", secretVersion));
	}

	private String newSecret() {
		byte[] bytes = new byte[this.settings.secretBytes()];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static String sha256(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final RowMapper<DeviceView> ROW = (rs, i) -> new DeviceView(rs.getString("vehicle_id"),
			rs.getString("client_id"), rs.getString("username"), rs.getString("status"), rs.getInt("secret_version"),
			rs.getString("secret_sha256").substring(0, 12), rs.getTimestamp("provisioned_at").toInstant(),
			rs.getString("provisioned_by"), instant(rs.getTimestamp("rotated_at")), instant(rs.getTimestamp("revoked_at")),
			rs.getString("revoked_by"));

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return (t != null) ? t.toInstant() : null;
	}

	static final class DeviceNotFound extends TrackingFailure {

		DeviceNotFound(String vehicleId, String message) {
			super(Kind.NOT_FOUND, message);
		}

	}

	static final class DeviceAlreadyProvisioned extends TrackingFailure {

		DeviceAlreadyProvisioned(String vehicleId) {
			super(Kind.CONFLICT, "Vehicle " + vehicleId + " already has an active device: rotate its secret "
					+ "(POST /api/v1/tracking/devices/" + vehicleId + "/secret) or revoke it first");
		}

	}

}
