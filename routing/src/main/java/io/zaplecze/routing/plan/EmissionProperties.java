package io.zaplecze.routing.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CO2 emission factors for the plan figures ({@code zaplecze.routing.emissions.*}). A vehicle's own
 * factor ({@code co2GramsPerKm} in the fleet) always wins; this default stands in for vehicles whose
 * factor is not set (0).
 *
 * @param defaultGramsPerKm CO2 per kilometre of a vehicle without its own factor. The default, 250 g/km,
 * is the order of the UK Government GHG Conversion Factors for Company Reporting (DESNZ) for an
 * average diesel van up to 3.5 t (about 0.25 kg CO2e per km); set your fleet's own figures per vehicle
 */
@ConfigurationProperties("zaplecze.routing.emissions")
public record EmissionProperties(@DefaultValue("250") int defaultGramsPerKm) {

	public EmissionProperties {
		if (defaultGramsPerKm < 0 || defaultGramsPerKm > 5000) {
			throw new IllegalArgumentException("zaplecze.routing.emissions.default-grams-per-km must be within 0..5000");
		}
	}

}
