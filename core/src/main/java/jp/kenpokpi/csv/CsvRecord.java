package jp.kenpokpi.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the physical line the record starts on, 1 for the header, as an editor shows it
 */
public record CsvRecord(int line, List<String> fields) {}
