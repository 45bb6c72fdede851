package jp.kenpokpi.records.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.schema.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine tells its progress in stages and rows (issue 13, the compute page's bar): each kind of record with the
 * rows of its file, counted over the proof's CSV and, from the metadata, over the same records as Parquet; then each
 * definition started and finished, i of N, with the figures it gave.
 */
class ComputeProgressTest {

    /** The proof's files, rows without the header (records/src/test/resources/proof). */
    private static final List<String> PROOF_ROWS = List.of(
            "1/11 members 325",
            "2/11 enrolments 327",
            "3/11 offices 6",
            "4/11 checkups 247",
            "5/11 guidance 22",
            "6/11 referral_letters 19",
            "7/11 claims 28",
            "8/11 drug_lines 10",
            "9/11 cash_benefits 10",
            "10/11 refund_claims 7",
            "11/11 card_returns 8");

    @TempDir
    Path spill;

    /** What a listener heard, in order. */
    private static final class Heard implements ComputeProgress {
        final List<String> read = new ArrayList<>();
        final List<String> queries = new ArrayList<>();

        @Override
        public void read(RecordKind kind, int index, int count, long rows) {
            read.add(index + "/" + count + " " + kind.fileName() + " " + rows);
        }

        @Override
        public void started(KpiQuery query, int index, int count) {
            queries.add("start " + index + "/" + count + " " + query.fileName());
        }

        @Override
        public void finished(KpiQuery query, int index, int count, int figures) {
            queries.add("end " + index + "/" + count + " " + query.fileName() + " " + figures);
        }
    }

    @Test
    void eachKindIsReadWithItsRowsThenEachDefinitionStartsAndFinishesWithItsFigures() {
        List<KpiQuery> queries = DefinitionLibrary.reference().inForce(FiscalYear.of(2023), List.of());
        Heard heard = new Heard();
        List<ComputedFigure> figures = engine().compute(
                        DuckDbRecordsEngineProofTest.proofDirectory(),
                        FiscalYear.of(2023),
                        Optional.empty(),
                        queries,
                        heard);

        assertThat(heard.read).containsExactlyElementsOf(PROOF_ROWS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            KpiQuery q = queries.get(i);
            long found = figures.stream()
                    .filter(f -> f.definition().equals(q.definition()))
                    .count();
            expected.add("start " + (i + 1) + "/" + queries.size() + " " + q.fileName());
            expected.add("end " + (i + 1) + "/" + queries.size() + " " + q.fileName() + " " + found);
        }
        assertThat(heard.queries).containsExactlyElementsOf(expected);
        assertThat(queries).as("every definition in force in FY2023").hasSizeGreaterThan(5);
    }

    @Test
    void parquetRowsAreCountedAsTheCsvRowsWere(@TempDir Path parquet) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            for (RecordKind kind : RecordKind.values()) {
                s.execute(RecordFiles.viewSql(DuckDbRecordsEngineProofTest.proofDirectory(), kind));
                s.execute("COPY " + kind.fileName() + " TO "
                        + RecordFiles.literal(parquet.resolve(kind.fileName() + ".parquet")) + " (FORMAT parquet)");
            }
        }
        Heard heard = new Heard();
        engine().compute(parquet, FiscalYear.of(2023), Optional.empty(), List.of(), heard);
        assertThat(heard.read).containsExactlyElementsOf(PROOF_ROWS);
        assertThat(heard.queries).isEmpty();
    }

    @Test
    void withoutAListenerNothingIsCountedAndTheFiguresAreTheSame() {
        List<KpiQuery> queries =
                DefinitionLibrary.reference().inForce(FiscalYear.of(2023), List.of("LIFESTYLE_CHECKUP_RATE"));
        Path proof = DuckDbRecordsEngineProofTest.proofDirectory();
        assertThat(engine().compute(proof, FiscalYear.of(2023), Optional.empty(), queries))
                .isEqualTo(engine().compute(proof, FiscalYear.of(2023), Optional.empty(), queries, new Heard()));
    }

    private DuckDbRecordsEngine engine() {
        return new DuckDbRecordsEngine(new EngineSettings("512MB", spill));
    }
}
