package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** The goods would overload the rack beam (all bins on one bay level). */
public class LevelWeightLimitExceeded extends WarehouseFailure {

	public LevelWeightLimitExceeded(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
