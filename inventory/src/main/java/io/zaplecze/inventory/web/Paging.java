package io.zaplecze.inventory.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs a listing as two queries, a count and a page, with the same named parameters. */
public final class Paging {

	private Paging() {
	}

	/** Named parameters where a null means "no filter" (bound with an explicit type so PostgreSQL accepts it). */
	public static MapSqlParameterSource filters() {
		return new MapSqlParameterSource();
	}

	/** Adds a nullable text filter. */
	public static MapSqlParameterSource text(MapSqlParameterSource params, String name, @Nullable String value) {
		return params.addValue(name, value, java.sql.Types.VARCHAR);
	}

	/**
	 * @param countSql a query returning the total number of items
	 * @param pageSql the items' query, ordered, without LIMIT/OFFSET (appended here)
	 */
	public static <T> PageResponse<T> page(JdbcClient jdbc, String countSql, String pageSql,
			MapSqlParameterSource params, RowMapper<T> rows, PageRequest page) {
		params.addValue("limit", page.size()).addValue("offset", page.offset());
		long total = jdbc.sql(countSql).paramSource(params).query(Long.class).single();
		List<T> content = jdbc.sql(pageSql + " LIMIT :limit OFFSET :offset").paramSource(params).query(rows).list();
		return PageResponse.of(content, page, total);
	}

}
