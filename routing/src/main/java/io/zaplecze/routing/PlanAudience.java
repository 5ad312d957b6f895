package io.zaplecze.routing;

import java.util.Optional;

/**
 * Who is reading plans, declared by routing and provided by the application (which knows the caller's
 * roles): routing itself knows no users. Without a provider, every caller sees every route.
 */
public interface PlanAudience {

	/**
	 * @return the caller's user name when the caller may see only the routes of the vehicle assigned to
	 * them (a driver), empty when the caller sees every route (staff)
	 */
	Optional<String> driverOnly();

}
