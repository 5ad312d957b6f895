package io.zaplecze.tracking.device;

/**
 * The broker could not apply a device credential change (not configured, unreachable, or it refused
 * the command). Nothing was changed on our side (HTTP 503).
 */
public class DeviceBrokerUnavailable extends RuntimeException {

	public DeviceBrokerUnavailable(String message) {
		super(message);
	}

	public DeviceBrokerUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
