package jp.kenpokpi.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.TemporaryDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The one change log (issue 9, point 3): rows written in the old "field=value" text are converted by the V8
 * migration, on H2 and on PostgreSQL alike, and the log lists every change newest first through a filter.
 */
class ChangeLogIT {

    private static final Instant T0 = Instant.parse("2024-06-01T03:00:00Z");

    private static DriverManagerDataSource database(String name) {
        return new DriverManagerDataSource(TemporaryDatabase.emptyDatabaseUrl(name), TemporaryDatabase.user(), "");
    }

    private static Flyway flyway(DriverManagerDataSource ds, String target) {
        return Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @Test
    void rows_written_as_field_value_lines_read_back_the_same_after_the_migration() {
        DriverManagerDataSource ds = database("change-log-migration");
        flyway(ds, "5").migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql(
                        "INSERT INTO import_batch (id, kind, files, row_count, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(1, "sample-data", "tochigi-fy2023.csv", 1, "sample-data", java.sql.Timestamp.from(T0))
                .update();
        String insert = """
                INSERT INTO data_change (table_name, row_key, action, old_values, new_values, changed_by, changed_at, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
        // An import's row (since V4: a note's line break escaped), then a form's change of it.
        jdbc.sql(insert)
                .params(
                        "kpi_result",
                        "09/2023/final/LIFESTYLE_CHECKUP_RATE/2021",
                        "INSERT",
                        null,
                        "actual=72.2%\nnote=一行目\\n二行目 C:\\\\data\nsynthetic=false\n",
                        "sample-data",
                        java.sql.Timestamp.from(T0),
                        1)
                .update();
        // Written before V4: the note's line break raw, continuing the field before it.
        jdbc.sql(insert)
                .params(
                        "kpi_result",
                        "09/2023/final/LIFESTYLE_CHECKUP_RATE/2021",
                        "UPDATE",
                        "actual=72.2%\nnote=一行目\\n二行目 C:\\\\data\nsynthetic=false\n",
                        "actual=72.5%\nnote=上段\n下段\nsynthetic=false\n",
                        "tochigi",
                        java.sql.Timestamp.from(T0.plusSeconds(60)),
                        null)
                .update();
        jdbc.sql(insert)
                .params(
                        "fiscal_year_lock",
                        "09/2023",
                        "DELETE",
                        "locked_by=honbu\n",
                        "",
                        "honbu",
                        java.sql.Timestamp.from(T0.plusSeconds(120)),
                        null)
                .update();

        flyway(ds, "latest").migrate();

        ChangeLog log = new ChangeLog(jdbc, ds);
        List<ChangeLog.Change> history = log.history("kpi_result", "09/2023/final/LIFESTYLE_CHECKUP_RATE/2021");
        assertThat(history)
                .extracting(ChangeLog.Change::before, ChangeLog.Change::after)
                .containsExactly(
                        tuple(Map.of(), Map.of("actual", "72.2%", "note", "一行目\n二行目 C:\\data", "synthetic", "false")),
                        tuple(
                                Map.of("actual", "72.2%", "note", "一行目\n二行目 C:\\data", "synthetic", "false"),
                                Map.of("actual", "72.5%", "note", "上段\n下段", "synthetic", "false")));
        assertThat(history.get(0).source())
                .isEqualTo(ChangeSource.batch("sample-data", 1, Optional.of("tochigi-fy2023.csv"), Optional.empty()));
        assertThat(history.get(1).source()).isEqualTo(ChangeSource.form());
        assertThat(jdbc.sql("SELECT old_values FROM data_change WHERE action = 'UPDATE'")
                        .query(String.class)
                        .single())
                .as("stored as JSON")
                .startsWith("{\"actual\":\"72.2%\"");
        assertThat(log.history("fiscal_year_lock", "09/2023")).singleElement().satisfies(c -> {
            assertThat(c.before()).containsExactlyEntriesOf(Map.of("locked_by", "honbu"));
            assertThat(c.after()).isEmpty();
        });
        // The converted rows are listed by what they are about, like new ones.
        assertThat(log.list(ChangeFilter.all().branch("09").kpi("LIFESTYLE_CHECKUP_RATE"), 10))
                .extracting(ChangeLog.Change::changedBy)
                .containsExactly("tochigi", "sample-data");
    }

    @Test
    void the_log_lists_changes_newest_first_filtered_by_branch_kpi_user_and_source() {
        DriverManagerDataSource ds = database("change-log-list");
        flyway(ds, "latest").migrate();
        ChangeLog log = new ChangeLog(JdbcClient.create(ds), ds);
        JdbcClient.create(ds)
                .sql("INSERT INTO import_batch (id, kind, files, row_count, imported_by, imported_at) "
                        + "VALUES (7, 'import', 'a.csv', 2, 'honbu', ?)")
                .params(java.sql.Timestamp.from(T0))
                .update();
        ChangeSource fromFile = ChangeSource.batch("import", 7, Optional.of("a.csv"), Optional.of(2));
        log.record(
                "kpi_result",
                "09/2023/final/LIFESTYLE_CHECKUP_RATE/2021",
                Optional.empty(),
                Map.of("actual", "1%"),
                "honbu",
                T0,
                fromFile);
        log.record(
                "kpi_target",
                "13/2023/LIFESTYLE_CHECKUP_RATE",
                Optional.empty(),
                Map.of("target", "2%以上"),
                "honbu",
                T0.plusSeconds(1),
                fromFile);
        log.record(
                "kpi_result",
                "09/2023/final/SS_ACHIEVEMENT/2021",
                Optional.of(Map.of("actual", "")),
                Map.of("actual", "3%"),
                "tochigi",
                T0.plusSeconds(2),
                ChangeSource.form());
        log.recordDeletion(
                "fiscal_year_lock",
                "09/2023",
                Map.of("locked_by", "honbu"),
                "honbu",
                T0.plusSeconds(3),
                ChangeSource.form());

        assertThat(log.list(ChangeFilter.all(), 10))
                .extracting(ChangeLog.Change::rowKey)
                .containsExactly(
                        "09/2023",
                        "09/2023/final/SS_ACHIEVEMENT/2021",
                        "13/2023/LIFESTYLE_CHECKUP_RATE",
                        "09/2023/final/LIFESTYLE_CHECKUP_RATE/2021");
        assertThat(log.list(ChangeFilter.all(), 2)).hasSize(2);
        assertThat(log.list(ChangeFilter.all().branch("13"), 10))
                .extracting(ChangeLog.Change::table)
                .containsExactly("kpi_target");
        assertThat(log.list(ChangeFilter.all().kpi("LIFESTYLE_CHECKUP_RATE"), 10))
                .extracting(ChangeLog.Change::rowKey)
                .containsExactly("13/2023/LIFESTYLE_CHECKUP_RATE", "09/2023/final/LIFESTYLE_CHECKUP_RATE/2021");
        assertThat(log.list(ChangeFilter.all().by("tochigi"), 10))
                .extracting(ChangeLog.Change::rowKey)
                .containsExactly("09/2023/final/SS_ACHIEVEMENT/2021");
        assertThat(log.list(ChangeFilter.all().branch("09").from(ChangeSource.Kind.IMPORT), 10))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.source()).isEqualTo(fromFile);
                    assertThat(ChangeHistory.of(List.of(c)).get(0).sourceJa()).isEqualTo("取込 a.csv 2行目");
                });
        assertThat(log.list(ChangeFilter.all().from(ChangeSource.Kind.API), 10)).isEmpty();
    }
}
