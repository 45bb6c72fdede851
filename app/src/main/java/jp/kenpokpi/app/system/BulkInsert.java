package jp.kenpokpi.app.system;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * Inserts many rows into one table in the caller's transaction, the fastest way each database offers for an import's
 * hundred thousand rows (docs/PERFORMANCE.md, "KPI import at 100,000 rows"):
 *
 * <ul>
 *   <li>PostgreSQL: {@code COPY table (columns) FROM STDIN} in CSV, through the driver's CopyManager: one stream,
 *       no statement to parse or plan per chunk and no bind parameter per value;
 *   <li>H2 (and any other database): {@code INSERT INTO table (columns) VALUES (…), (…), …} of
 *       {@link #ROWS_PER_STATEMENT} rows, prepared once and run again for every full chunk, the values set on the
 *       JDBC statement directly.
 * </ul>
 *
 * Both stay parameterised in effect: COPY's values travel as data, quoted, never as SQL. The values a row may hold:
 * null, String, Integer, Long, BigDecimal, Boolean and Timestamp.
 */
public final class BulkInsert {

    /** Rows an H2 statement: 500 rows of 25 columns are 12,500 parameters. */
    public static final int ROWS_PER_STATEMENT = 500;

    /** Rows COPY sends in one write: about a megabyte of CSV for the widest table. */
    private static final int ROWS_PER_WRITE = 2_000;

    private final DataSource data;
    private final String table;
    private final String columnList;
    private final int columns;

    /** @param columnList the columns in the order of every row's values: {@code "org_code, fiscal_year, …"} */
    public BulkInsert(DataSource data, String table, String columnList) {
        this.data = data;
        this.table = table;
        this.columnList = columnList.strip();
        this.columns = columnList.split(",").length;
    }

    /** Inserts the rows, each its values in the order of the column list. */
    public void insert(List<List<Object>> rows) {
        if (rows.isEmpty()) return;
        for (List<Object> row : rows) {
            if (row.size() != columns) {
                throw new IllegalArgumentException(columns + " values expected, " + row.size() + " given");
            }
        }
        // The connection of the caller's transaction, as JdbcClient would use it.
        Connection connection = DataSourceUtils.getConnection(data);
        try {
            if (connection.isWrapperFor(PGConnection.class)) copy(connection.unwrap(PGConnection.class), rows);
            else values(connection, rows);
        } catch (SQLException e) {
            throw new SQLErrorCodeSQLExceptionTranslator(data).translate("bulk insert into " + table, null, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("bulk insert into " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, data);
        }
    }

    private void copy(PGConnection connection, List<List<Object>> rows) throws SQLException, IOException {
        CopyIn copy = connection.getCopyAPI().copyIn("COPY " + table + " (" + columnList + ") FROM STDIN (FORMAT csv)");
        try {
            StringBuilder csv = new StringBuilder(1 << 20);
            for (int i = 0; i < rows.size(); i++) {
                csvLine(rows.get(i), csv);
                if ((i + 1) % ROWS_PER_WRITE == 0 || i + 1 == rows.size()) {
                    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    csv.setLength(0);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }

    /**
     * One row as a line of COPY's CSV: NULL is an empty field, a text always quoted (so that an empty text stays
     * empty, not NULL), a timestamp in the JVM's zone as the driver sends one.
     */
    static void csvLine(List<Object> row, StringBuilder csv) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) csv.append(',');
            Object value = row.get(i);
            if (value == null) continue;
            if (value instanceof String text) {
                csv.append('"');
                for (int k = 0; k < text.length(); k++) {
                    char ch = text.charAt(k);
                    if (ch == '"') csv.append('"');
                    csv.append(ch);
                }
                csv.append('"');
            } else if (value instanceof BigDecimal number) {
                csv.append(number.toPlainString());
            } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
                csv.append(value);
            } else if (value instanceof Timestamp at) {
                csv.append(at.toLocalDateTime());
            } else {
                throw new IllegalArgumentException(
                        "no COPY text for " + value.getClass().getName());
            }
        }
        csv.append('\n');
    }

    private void values(Connection connection, List<List<Object>> rows) throws SQLException {
        PreparedStatement full = null;
        try {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<List<Object>> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                boolean isFull = part.size() == ROWS_PER_STATEMENT;
                if (isFull && full == null) full = connection.prepareStatement(valuesSql(ROWS_PER_STATEMENT));
                PreparedStatement statement = isFull ? full : connection.prepareStatement(valuesSql(part.size()));
                try {
                    int index = 1;
                    for (List<Object> row : part) {
                        for (Object value : row) {
                            // The type of a NULL is left to the database, without asking for the statement's metadata.
                            if (value == null) statement.setNull(index++, Types.NULL);
                            else statement.setObject(index++, value);
                        }
                    }
                    statement.executeUpdate();
                } finally {
                    if (statement != full) statement.close();
                }
            }
        } finally {
            if (full != null) full.close();
        }
    }

    private String valuesSql(int rowCount) {
        String group = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return "INSERT INTO " + table + " (" + columnList + ") VALUES "
                + String.join(", ", Collections.nCopies(rowCount, group));
    }
}
