package io.zaplecze.routing.roadnetwork;

import java.util.List;
import java.util.Locale;

import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.GHUtility;

import io.zaplecze.routing.VehicleProfile;

import static com.graphhopper.json.Statement.If;

/**
 * The GraphHopper profiles behind {@link VehicleProfile}: both are custom models on the same
 * encoded values, without turn costs (node-based contraction hierarchies, which the bucket matrix
 * needs).
 */
final class RoadProfiles {

	/** Encoded values the models read (the truck's are OSM's hgv, maxweight, maxheight, maxwidth tags), and
	 * road_class for the basemap tiles. A change here changes the graph folder name: caches are rebuilt. */
	static final String ENCODED_VALUES = "car_access, car_average_speed, road_access, road_class, hgv, max_weight, "
			+ "max_weight_except, max_height, max_width";

	/** Highways no profile drives on; skipping them at import saves memory and time. */
	static final String IGNORED_HIGHWAYS = "footway,construction,cycleway,path,steps,pedestrian,bridleway";

	/** The lorry the truck profile stands for: 12 t, 3.8 m high, 2.55 m wide, at most 80 km/h. */
	static final double TRUCK_WEIGHT_TONNES = 12;

	static final double TRUCK_HEIGHT_METERS = 3.8;

	static final double TRUCK_WIDTH_METERS = 2.55;

	static final int TRUCK_MAX_KMH = 80;

	private RoadProfiles() {
	}

	static String name(VehicleProfile profile) {
		return profile.name().toLowerCase(Locale.ROOT);
	}

	static List<Profile> profiles() {
		return List.of(new Profile(name(VehicleProfile.CAR)).setCustomModel(car()),
				new Profile(name(VehicleProfile.TRUCK)).setCustomModel(truck()));
	}

	static List<CHProfile> chProfiles() {
		return List.of(new CHProfile(name(VehicleProfile.CAR)), new CHProfile(name(VehicleProfile.TRUCK)));
	}

	/** GraphHopper's stock car model: car access and the speed derived from road class and maxspeed. */
	static CustomModel car() {
		return GHUtility.loadCustomModelFromJar("car.json");
	}

	/**
	 * The car model, minus roads a lorry may not use, at a lower speed. {@code hgv=no} closes a road;
	 * {@code hgv=destination|delivery} keeps it open for deliveries but discourages through traffic;
	 * a weight limit closes it unless deliveries are exempt. Missing limits are infinite in
	 * GraphHopper, so untagged roads stay open.
	 */
	static CustomModel truck() {
		CustomModel model = new CustomModel().setDistanceInfluence(90d);
		model.addToPriority(If("!car_access", Statement.Op.MULTIPLY, "0"));
		model.addToPriority(If("hgv == NO", Statement.Op.MULTIPLY, "0"));
		model.addToPriority(If("max_height < " + TRUCK_HEIGHT_METERS + " || max_width < " + TRUCK_WIDTH_METERS,
				Statement.Op.MULTIPLY, "0"));
		model.addToPriority(If("max_weight < " + TRUCK_WEIGHT_TONNES + " && max_weight_except == MISSING",
				Statement.Op.MULTIPLY, "0"));
		model.addToPriority(If("hgv == DESTINATION || hgv == DELIVERY", Statement.Op.MULTIPLY, "0.5"));
		model.addToSpeed(If("true", Statement.Op.LIMIT, "car_average_speed * 0.9"));
		model.addToSpeed(If("true", Statement.Op.LIMIT, String.valueOf(TRUCK_MAX_KMH)));
		return model;
	}

}
