import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Adds COUNT synthetic change-log entries (data_change) to an H2 database that `kenpo-kpi init` made, for timing the
 * audit log at a million entries (bench/audit-log.sh). Deterministic: entry x (1…COUNT) is always the same row, spread
 * over the 47 branches, six fiscal years, 40 KPIs (BENCH_KPI_00…39), 200 users (bench-user-0…199), 取込 and 画面
 * alternately, one every 150 seconds from 2021-01-01 (so the newest entries are the synthetic ones); one entry in
 * 10,000 carries the word 稀な語 in its note (a free-text search that must read deep), every entry the word bench.
 *
 *   java -cp h2.jar bench/AuditLogFill.java DB_PATH [COUNT]     (DB_PATH as given to --db; default 1,000,000)
 */
public class AuditLogFill {

    public static void main(String[] args) throws Exception {
        String db = args[0];
        long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO data_change (table_name, row_key, action, old_values, new_values, changed_by,
                        changed_at, batch_id, org_code, fiscal_year, kpi_code, source_kind, source_file, source_line)
                    SELECT 'kpi_result',
                        LPAD(MOD(X, 47) + 1, 2, '0') || '/' || (2020 + MOD(X / 47, 6)) || '/final/BENCH_KPI_'
                            || LPAD(MOD(X * 7, 40), 2, '0') || '/2021',
                        'UPDATE',
                        '{"actual":"' || (MOD(X, 1000) / 10.0) || '%","note":"bench"}',
                        '{"actual":"' || (MOD(X + 1, 1000) / 10.0) || '%","note":"bench'
                            || CASE WHEN MOD(X, 10000) = 0 THEN ' 稀な語' ELSE '' END || '"}',
                        'bench-user-' || MOD(X, 200),
                        DATEADD('SECOND', X * 150, TIMESTAMP '2021-01-01 00:00:00'),
                        NULL,
                        LPAD(MOD(X, 47) + 1, 2, '0'),
                        2020 + MOD(X / 47, 6),
                        'BENCH_KPI_' || LPAD(MOD(X * 7, 40), 2, '0'),
                        CASE WHEN MOD(X, 2) = 0 THEN 'IMPORT' ELSE 'FORM' END,
                        CASE WHEN MOD(X, 2) = 0 THEN 'bench-' || (X / 1000) || '.csv' END,
                        CASE WHEN MOD(X, 2) = 0 THEN CAST(MOD(X, 1000) + 2 AS INTEGER) END
                    FROM SYSTEM_RANGE(1, ROWS)""".replace("ROWS", Long.toString(count)));
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), MIN(id), MAX(id) FROM data_change")) {
                r.next();
                System.out.printf("data_change: %,d entries (ids %d–%d), filled in %.1f s%n",
                        r.getLong(1), r.getLong(2), r.getLong(3), (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
