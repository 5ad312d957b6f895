package io.zaplecze.platform.csv;

/**
 * A problem with one row of an imported file.
 *
 * @param line the line number in the file where the row starts (the header is line 1)
 * @param column the offending column's header name, or {@code ""} for the whole row or file
 * @param message what is wrong
 */
public record CsvRowError(int line, String column, String message) {

}
