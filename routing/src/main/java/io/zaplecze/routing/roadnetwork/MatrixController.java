package io.zaplecze.routing.roadnetwork;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Travel time and distance matrices for dispatchers' tools. */
@RestController
@RequestMapping("/api/v1/routing/matrix")
class MatrixController {

	/** 1000 points make a million cells, about 15 MB of JSON; larger matrices belong in-process. */
	static final int MAX_POINTS = 1000;

	private final RoadNetworkManagement roadNetwork;

	MatrixController(RoadNetworkManagement roadNetwork) {
		this.roadNetwork = roadNetwork;
	}

	/** Every pair of points; unreachable pairs are {@code null}; 422 when a point is off the network. */
	@PostMapping
	MatrixResponse matrix(@Valid @RequestBody MatrixRequest request) {
		VehicleProfile profile = (request.profile() != null) ? request.profile() : VehicleProfile.CAR;
		TravelMatrix matrix = this.roadNetwork.matrix(request.points().stream().map(Coordinates::toGeoPoint).toList(),
				profile);
		int n = matrix.size();
		@Nullable Long[][] seconds = new Long[n][n];
		@Nullable Long[][] meters = new Long[n][n];
		for (int from = 0; from < n; from++) {
			for (int to = 0; to < n; to++) {
				if (matrix.reachable(from, to)) {
					seconds[from][to] = matrix.seconds(from, to);
					meters[from][to] = matrix.meters(from, to);
				}
			}
		}
		return new MatrixResponse(n, profile, seconds, meters);
	}

	/**
	 * @param points one to {@value #MAX_POINTS} points; the matrix is points × points
	 * @param profile {@code CAR} (default) or {@code TRUCK}
	 */
	record MatrixRequest(@NotNull @Size(min = 1, max = MAX_POINTS) List<@NotNull @Valid Coordinates> points,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) @Nullable VehicleProfile profile) {
	}

	/**
	 * @param size number of points N
	 * @param profile the profile used
	 * @param seconds N×N driving times, row = from, column = to; {@code null} where unreachable
	 * @param meters N×N road distances, {@code null} where unreachable
	 */
	record MatrixResponse(int size, VehicleProfile profile, @Nullable Long[][] seconds, @Nullable Long[][] meters) {
	}

}
