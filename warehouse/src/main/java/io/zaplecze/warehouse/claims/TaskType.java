package io.zaplecze.warehouse.claims;

/** The kinds of floor task a person takes. */
public enum TaskType {

	PUTAWAY, PICK_WAVE, REPLENISHMENT, COUNT, LOADING

}
