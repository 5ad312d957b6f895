package io.zaplecze.tracking.device;

import java.util.List;

/**
 * A device's broker account.
 *
 * @param vehicleId the vehicle the device speaks for
 * @param username broker user name, also the name of its broker role
 * @param clientId the only MQTT client id it may connect with
 * @param publishTopics the topics it may publish to (its vehicle's telemetry and events)
 * @param commandTopic the one topic it may subscribe to
 */
public record DeviceAccount(String vehicleId, String username, String clientId, List<String> publishTopics,
		String commandTopic) {

	public DeviceAccount {
		publishTopics = List.copyOf(publishTopics);
	}

	/** The account of a vehicle's device under a topic root. */
	static DeviceAccount of(String vehicleId, String usernamePrefix, String topicRoot) {
		String name = usernamePrefix + vehicleId;
		String base = topicRoot + "/vehicles/" + vehicleId;
		return new DeviceAccount(vehicleId, name, name, List.of(base + "/telemetry", base + "/events"), base + "/commands");
	}

}
