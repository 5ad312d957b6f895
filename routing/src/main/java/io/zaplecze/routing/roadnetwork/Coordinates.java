package io.zaplecze.routing.roadnetwork;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

/**
 * A WGS 84 position in a request body, validated field by field (a {@link GeoPoint} would fail
 * deserialisation as a whole, without saying which field is wrong).
 *
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 */
record Coordinates(@NotNull @DecimalMin("-90") @DecimalMax("90") @Nullable Double lat,
		@NotNull @DecimalMin("-180") @DecimalMax("180") @Nullable Double lon) {

	GeoPoint toGeoPoint() {
		return new GeoPoint(java.util.Objects.requireNonNull(this.lat), java.util.Objects.requireNonNull(this.lon));
	}

}
