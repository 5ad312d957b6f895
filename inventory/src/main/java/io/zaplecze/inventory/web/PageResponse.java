package io.zaplecze.inventory.web;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param content the items on this page
 * @param page zero-based page number
 * @param size the page size asked for
 * @param totalElements items across all pages
 * @param totalPages number of pages
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public PageResponse {
		content = List.copyOf(content);
	}

	public static <T> PageResponse<T> of(List<T> content, PageRequest request, long totalElements) {
		return new PageResponse<>(content, request.page(), request.size(), totalElements,
				(int) ((totalElements + request.size() - 1) / request.size()));
	}

}
