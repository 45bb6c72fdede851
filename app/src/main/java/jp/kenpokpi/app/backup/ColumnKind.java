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

/**
 * How a column's values are written into a backup file and bound again on restore: as text that means the same on
 * H2 and PostgreSQL (a number in its plain decimal form, a time in ISO 8601, a boolean as true/false, bytes in
 * Base64), so that neither database's own dump format is needed.
 */
enum ColumnKind {
    INTEGER {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            long v = rs.getLong(i);
            return rs.wasNull() ? null : Long.toString(v);
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            ps.setLong(i, Long.parseLong(text));
        }
    },
    DECIMAL {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            BigDecimal v = rs.getBigDecimal(i);
            return v == null ? null : v.toPlainString();
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            ps.setBigDecimal(i, new BigDecimal(text));
        }
    },
    BOOLEAN {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            boolean v = rs.getBoolean(i);
            return rs.wasNull() ? null : Boolean.toString(v);
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            if (!text.equals("true") && !text.equals("false")) throw new IllegalArgumentException(text);
            ps.setBoolean(i, Boolean.parseBoolean(text));
        }
    },
    TIMESTAMP {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            LocalDateTime v = rs.getObject(i, LocalDateTime.class);
            return v == null ? null : v.toString();
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            ps.setObject(i, LocalDateTime.parse(text));
        }
    },
    TIMESTAMP_WITH_TIME_ZONE {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
            return v == null ? null : v.toString();
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            ps.setObject(i, OffsetDateTime.parse(text));
        }
    },
    DATE {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            LocalDate v = rs.getObject(i, LocalDate.class);
            return v == null ? null : v.toString();
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            ps.setObject(i, LocalDate.parse(text));
        }
    },
    TIME {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            LocalTime v = rs.getObject(i, LocalTime.class);
            return v == null ? null : v.toString();
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            ps.setObject(i, LocalTime.parse(text));
        }
    },
    BINARY {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            byte[] v = rs.getBytes(i);
            return v == null ? null : Base64.getEncoder().encodeToString(v);
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            ps.setBytes(i, Base64.getDecoder().decode(text));
        }
    },
    TEXT {
        @Override
        String read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }

        @Override
        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            ps.setString(i, text);
        }
    };

    /** The value of column {@code i} as the backup writes it; null for SQL NULL. */
    abstract String read(ResultSet rs, int i) throws SQLException;

    /**
     * Binds a value the backup wrote (never null: NULL is bound by the caller).
     *
     * @throws IllegalArgumentException (a DateTimeParseException or NumberFormatException among them) for a text
     *                                  that is not a value of the kind
     */
    abstract void bind(PreparedStatement ps, int i, String text) throws SQLException;

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
