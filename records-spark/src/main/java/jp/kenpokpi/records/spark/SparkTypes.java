package jp.kenpokpi.records.spark;

import java.util.Locale;
import java.util.stream.Collectors;
import jp.kenpokpi.records.schema.RecordColumn;
import jp.kenpokpi.records.schema.RecordKind;
import org.apache.spark.sql.types.StructType;

/**
 * The record schema's column types (RecordColumn.sqlType, written as DuckDB names them) in Spark SQL's names: the
 * one place where the two engines' type names differ. Spark has no VARCHAR without a length and calls it STRING;
 * DATE, INTEGER, BIGINT, BOOLEAN and DECIMAL(p,s) are spelled the same.
 */
final class SparkTypes {

    private SparkTypes() {}

    /** A column type as Spark SQL writes it. */
    static String of(String duckDbType) {
        String type = duckDbType.strip().toUpperCase(Locale.ROOT);
        if (type.equals("VARCHAR") || type.equals("TEXT")) return "STRING";
        if (type.matches("DATE|INTEGER|INT|BIGINT|BOOLEAN|DECIMAL\\(\\d+,\\s*\\d+\\)")) return type;
        throw new IllegalArgumentException("no Spark type for the record column type " + duckDbType);
    }

    /** A kind's columns as a Spark schema, in the declared order (a CSV file's header must have them so). */
    static StructType schema(RecordKind kind) {
        return StructType.fromDDL(
                kind.columns().stream().map(SparkTypes::column).collect(Collectors.joining(", ")));
    }

    /** {@code CAST(name AS type) AS name}: a Parquet column read as the schema says. */
    static String cast(RecordColumn column) {
        return "CAST(`" + column.name() + "` AS " + of(column.sqlType()) + ") AS `" + column.name() + "`";
    }

    private static String column(RecordColumn column) {
        return "`" + column.name() + "` " + of(column.sqlType());
    }
}
