package io.zaplecze.inventory.web;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;

/**
 * Which page of a listing to return.
 *
 * @param page zero-based page number
 * @param size items per page, 1..{@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 500;

	public PageRequest {
		if (page < 0) {
			throw new InvalidRequest("page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequest("size must be between 1 and " + MAX_SIZE);
		}
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
