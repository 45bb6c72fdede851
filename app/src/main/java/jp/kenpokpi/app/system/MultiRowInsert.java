package jp.kenpokpi.app.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts many rows with few statements: {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?), …}, at most
 * {@link #ROWS_PER_STATEMENT} rows a statement, in the caller's transaction. One statement per row costs a round trip
 * (PostgreSQL) or a statement execution (H2) each; a multi-row VALUES is standard SQL both accept, stays parameterised,
 * and keeps PostgreSQL's 65,535 parameters a statement out of reach for the tables here (at most 25 columns).
 */
public final class MultiRowInsert {

    /** Rows a statement: 500 rows of 25 columns are 12,500 parameters. */
    public static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final String head;
    private final String group;
    private final int columns;

    /**
     * @param valuesGroup one row's values, as in a single-row insert: {@code (?, ?, 0, ?)} (constants allowed)
     */
    public MultiRowInsert(JdbcClient jdbc, String table, String columnList, String valuesGroup) {
        this.jdbc = jdbc;
        this.head = "INSERT INTO " + table + " (" + columnList + ") VALUES ";
        this.group = valuesGroup;
        this.columns = (int) valuesGroup.chars().filter(c -> c == '?').count();
    }

    /** Inserts the rows, each its parameters in the order of the group's placeholders. */
    public void insert(List<List<Object>> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<List<Object>> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(part.size() * columns);
            for (List<Object> row : part) {
                if (row.size() != columns) {
                    throw new IllegalArgumentException(columns + " values expected, " + row.size() + " given");
                }
                params.addAll(row);
            }
            jdbc.sql(head + String.join(", ", Collections.nCopies(part.size(), group)))
                    .params(params)
                    .update();
        }
    }
}
