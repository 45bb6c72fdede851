package jp.kenpokpi.app.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.function.Function;

/**
 * How a column's values are written into a backup file and bound again on restore: as text that means the same on
 * H2 and PostgreSQL (a number in its plain decimal form, a time in ISO 8601, a boolean as true/false, bytes in
 * Base64), so that neither database's own dump format is needed.
 */
enum ColumnKind {
    INTEGER(
            (rs, i) -> {
                long v = rs.getLong(i);
                return rs.wasNull() ? null : Long.toString(v);
            },
            (ps, i, text) -> ps.setLong(i, Long.parseLong(text))),
    DECIMAL(
            (rs, i) -> text(rs.getBigDecimal(i), BigDecimal::toPlainString),
            (ps, i, text) -> ps.setBigDecimal(i, new BigDecimal(text))),
    BOOLEAN(
            (rs, i) -> {
                boolean v = rs.getBoolean(i);
                return rs.wasNull() ? null : Boolean.toString(v);
            },
            (ps, i, text) -> {
                if (!text.equals("true") && !text.equals("false")) throw new IllegalArgumentException(text);
                ps.setBoolean(i, Boolean.parseBoolean(text));
            }),
    TIMESTAMP(temporal(LocalDateTime.class), (ps, i, text) -> ps.setObject(i, LocalDateTime.parse(text))),
    TIMESTAMP_WITH_TIME_ZONE(
            temporal(OffsetDateTime.class), (ps, i, text) -> ps.setObject(i, OffsetDateTime.parse(text))),
    DATE(temporal(LocalDate.class), (ps, i, text) -> ps.setObject(i, LocalDate.parse(text))),
    TIME(temporal(LocalTime.class), (ps, i, text) -> ps.setObject(i, LocalTime.parse(text))),
    BINARY(
            (rs, i) -> text(rs.getBytes(i), Base64.getEncoder()::encodeToString),
            (ps, i, text) -> ps.setBytes(i, Base64.getDecoder().decode(text))),
    TEXT(ResultSet::getString, PreparedStatement::setString);

    @FunctionalInterface
    private interface Reader {
        String read(ResultSet rs, int i) throws SQLException;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps, int i, String text) throws SQLException;
    }

    private final Reader reader;
    private final Binder binder;

    ColumnKind(Reader reader, Binder binder) {
        this.reader = reader;
        this.binder = binder;
    }

    /** The value of column {@code i} as the backup writes it; null for SQL NULL. */
    String read(ResultSet rs, int i) throws SQLException {
        return reader.read(rs, i);
    }

    /**
     * Binds a value the backup wrote (never null: NULL is bound by the caller).
     *
     * @throws IllegalArgumentException (a DateTimeParseException or NumberFormatException among them) for a text
     *                                  that is not a value of the kind
     */
    void bind(PreparedStatement ps, int i, String text) throws SQLException {
        binder.bind(ps, i, text);
    }

    /** A date or time read as its java.time type, written in ISO 8601 (its toString). */
    private static Reader temporal(Class<?> type) {
        return (rs, i) -> text(rs.getObject(i, type), Object::toString);
    }

    private static <T> String text(T value, Function<T, String> format) {
        return value == null ? null : format.apply(value);
    }

    /** The kind of a column of the JDBC type (java.sql.Types). */
    static ColumnKind of(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> DECIMAL;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_TIME_ZONE;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> TEXT;
        };
    }
}
