package io.zaplecze.tracking.device;

/**
 * The broker side of device credentials (implemented by the dynamic-security adapter in
 * {@code mqtt}). Every call is synchronous: it returns once the broker has applied it, and throws
 * {@link DeviceBrokerUnavailable} when the broker cannot be reached or refuses the command.
 */
public interface DeviceBroker {

	/** Whether the broker side is configured at all (an admin account is set). */
	boolean configured();

	/**
	 * Creates the device's account, replacing any earlier one of that user name: it may log in only
	 * with its client id, publish only to {@link DeviceAccount#publishTopics()} and subscribe only to
	 * {@link DeviceAccount#commandTopic()}.
	 */
	void create(DeviceAccount account, String secret);

	/** Sets a new secret; the broker disconnects the device, the old secret is refused from then on. */
	void changeSecret(DeviceAccount account, String secret);

	/** Deletes the account (idempotent); the broker disconnects the device at once. */
	void delete(DeviceAccount account);

}
