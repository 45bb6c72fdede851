package jp.kenpokpi.app.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The application's tables as the database itself describes them (JDBC metadata): every table Flyway created, with
 * its columns, primary key and identity column, in an order that loads parents before the rows that refer to them.
 * A backup is made of exactly these, so that a table a new migration adds is in the next backup without a line
 * written for it. Flyway's own history is not among them: a restore gets it from running Flyway on the empty target.
 */
final class SchemaTables {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** A column: its name (lower case, as the backup names it), how its values are written, whether an identity. */
    record Column(String name, String sqlName, ColumnKind kind, boolean identity) {}

    /**
     * A table: its name in lower case (the backup's file name), the name to write in SQL (quoted as the database
     * keeps it: H2 upper case, PostgreSQL lower case), its columns and its primary key's columns.
     */
    record Table(String name, String sqlName, List<Column> columns, List<String> primaryKey) {

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        String quoted() {
            return quote(sqlName);
        }
    }

    private SchemaTables() {}

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Every table of the connection's schema but Flyway's history, parents before children (by name where free). */
    static List<Table> read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String sqlName = rs.getString("TABLE_NAME");
                String name = sqlName.toLowerCase(Locale.ROOT);
                if (!(type.equals("TABLE") || type.equals("BASE TABLE")) || name.equals(FLYWAY_HISTORY)) continue;
                tables.put(name, table(meta, catalog, schema, sqlName));
            }
        }
        return inLoadOrder(tables, parents(meta, catalog, schema, tables));
    }

    private static Table table(DatabaseMetaData meta, String catalog, String schema, String sqlName)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, sqlName, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                columns.add(new Column(
                        column.toLowerCase(Locale.ROOT),
                        column,
                        ColumnKind.of(rs.getInt("DATA_TYPE")),
                        "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        TreeMap<Short, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, sqlName)) {
            while (rs.next()) key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        return new Table(sqlName.toLowerCase(Locale.ROOT), sqlName, List.copyOf(columns), List.copyOf(key.values()));
    }

    /** For each table, the tables its foreign keys refer to (itself left out). */
    private static Map<String, Set<String>> parents(
            DatabaseMetaData meta, String catalog, String schema, Map<String, Table> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        for (Table table : tables.values()) {
            Set<String> of = new HashSet<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, table.sqlName())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.name()) && tables.containsKey(parent)) of.add(parent);
                }
            }
            parents.put(table.name(), of);
        }
        return parents;
    }

    private static List<Table> inLoadOrder(Map<String, Table> tables, Map<String, Set<String>> parents) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        TreeSet<String> waiting = new TreeSet<>(tables.keySet());
        while (!waiting.isEmpty()) {
            String next = waiting.stream()
                    .filter(t -> placed.containsAll(parents.get(t)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + waiting));
            waiting.remove(next);
            placed.add(next);
            ordered.add(tables.get(next));
        }
        return ordered;
    }

    /** The names, for a message: 「kpi_result、kpi_target」. */
    static String namesJa(Set<String> names) {
        return names.stream().sorted().collect(Collectors.joining("、"));
    }
}
