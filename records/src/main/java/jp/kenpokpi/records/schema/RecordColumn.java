package jp.kenpokpi.records.schema;

import java.util.Objects;

/**
 * One column of a record file: its name (as in the file's header), its SQL type (the same in DuckDB and Spark SQL)
 * and its meaning in Japanese and English, as docs/RECORDS.md prints them.
 */
public record RecordColumn(String name, String sqlType, String meaningJa, String meaningEn) {

    public RecordColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(sqlType);
        Objects.requireNonNull(meaningJa);
        Objects.requireNonNull(meaningEn);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column names are lower-case identifiers: " + name);
        }
    }

    static RecordColumn text(String name, String ja, String en) {
        return new RecordColumn(name, "VARCHAR", ja, en);
    }

    static RecordColumn date(String name, String ja, String en) {
        return new RecordColumn(name, "DATE", ja, en);
    }

    static RecordColumn integer(String name, String ja, String en) {
        return new RecordColumn(name, "INTEGER", ja, en);
    }

    static RecordColumn bigint(String name, String ja, String en) {
        return new RecordColumn(name, "BIGINT", ja, en);
    }

    static RecordColumn flag(String name, String ja, String en) {
        return new RecordColumn(name, "BOOLEAN", ja, en);
    }

    static RecordColumn decimal(String name, String sqlType, String ja, String en) {
        return new RecordColumn(name, sqlType, ja, en);
    }
}
