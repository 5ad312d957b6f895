/** Reports: SQL aggregates over the daily rollups for a site and a date range, as JSON, CSV and HTML, and gauges. */
@NullMarked
package io.zaplecze.reporting.report;

import org.jspecify.annotations.NullMarked;
