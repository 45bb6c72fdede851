package jp.kenpokpi.app.interchange;

import static jp.kenpokpi.app.importing.ImportRefusals.assertRefusedSavingNothing;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Imports change the database all at once or not at all, and every change is attributed and kept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InterchangeImportIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TemporaryDatabase.withoutSampleData(registry, "import");
    }

    @Autowired
    InterchangeImport importer;

    @Autowired
    KpiRecordRepository records;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    ImportBatches batches;

    private static InterchangeFile file(String name, String text) {
        return new InterchangeFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aChangedValueIsUpdatedAndTheOldValueIsKeptWithWhoChangedItAndWhen() {
        importer.importFiles(List.of(file("first.csv", """
                branch_code,fiscal_year,kpi_code,target,actual
                09,2023,DEPENDENT_CHECKUP_RATE,33.2%以上,30.6%
                """)), "alice", "import");
        ImportReport second = importer.importFiles(List.of(file("second.csv", """
                branch_code,fiscal_year,kpi_code,target,actual
                09,2023,DEPENDENT_CHECKUP_RATE,33.2%以上,30.7%
                """)), "bob", "import");

        assertThat(second.resultsChanged()).isEqualTo(1);
        assertThat(second.targetsChanged()).isZero();
        List<ChangeLog.Change> history = changeLog.history("kpi_result", "09/2023/final/DEPENDENT_CHECKUP_RATE/2021");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).action()).isEqualTo("INSERT");
        assertThat(history.get(0).changedBy()).isEqualTo("alice");
        assertThat(history.get(1).action()).isEqualTo("UPDATE");
        assertThat(history.get(1).changedBy()).isEqualTo("bob");
        assertThat(history.get(1).before()).containsEntry("actual", "30.6%");
        assertThat(history.get(1).after()).containsEntry("actual", "30.7%");
        // Issue 9 (3): the change names the file and the line it came from, and what it is about.
        assertThat(history.get(1).source().kind()).isEqualTo(ChangeSource.Kind.IMPORT);
        assertThat(history.get(1).source().placeJa()).isEqualTo("second.csv 2行目");
        assertThat(history.get(1).subject().kpiCode()).contains("DEPENDENT_CHECKUP_RATE");
    }

    @Test
    void importingTheSameValuesAgainChangesNothingAndRecordsNothing() {
        String csv = """
                branch_code,fiscal_year,kpi_code,actual
                09,2022,DEPENDENT_GUIDANCE_RATE,19.3%
                """;
        importer.importFiles(List.of(file("a.csv", csv)), "alice", "import");
        int changes = changeLog.count();
        ImportReport again = importer.importFiles(List.of(file("a.csv", csv)), "alice", "import");
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(changeLog.count()).isEqualTo(changes);
    }

    /**
     * Tochigi's FY2023 row of 生活習慣病予防健診実施率 with everything a branch prints beside the value, for a branch
     * of the test's own (the class's tests share one database).
     */
    private static String fullRow(String branch) {
        return """
                branch_code,fiscal_year,kpi_code,target,actual,numerator,denominator,national_value,mark,note,source
                BB,2023,LIFESTYLE_CHECKUP_RATE,71.7%以上,72.2%,163860,226946,57.7%,◎,※基準変更,tochigi l.1611
                """.replace("BB", branch);
    }

    private StoredResult stored(String branch) {
        return records.findResult(
                        OrgCode.of(branch), FiscalYear.of(2023), Optional.empty(), "LIFESTYLE_CHECKUP_RATE", 2021)
                .orElseThrow()
                .value();
    }

    @Test
    void aRowWithOnlyTheActualLeavesTheStoredNumeratorNationalValueAndMarkAlone() {
        importer.importFiles(List.of(file("full.csv", fullRow("31"))), "alice", "import");

        // The same value, in a file that has no numerator, denominator, national value or mark column.
        ImportReport report = importer.importFiles(List.of(file("actual-only.csv", """
                branch_code,fiscal_year,kpi_code,actual
                31,2023,LIFESTYLE_CHECKUP_RATE,72.2%
                """)), "bob", "import");

        assertThat(report.changedNothing()).isTrue();
        StoredResult stored = stored("31");
        assertThat(stored.result().numerator().map(BigDecimal::toPlainString)).contains("163860");
        assertThat(stored.nationalValueText()).contains("57.7%");
        assertThat(stored.printedMark()).contains(Mark.EXCEEDED);
        assertThat(stored.note()).contains("※基準変更");
    }

    @Test
    void anEmptyCellLeavesTheStoredFieldAloneAndTheMarkerClearsIt() {
        importer.importFiles(List.of(file("full.csv", fullRow("32"))), "alice", "import");
        String clearing = """
                branch_code,fiscal_year,kpi_code,actual,numerator,denominator,national_value,mark,note
                32,2023,LIFESTYLE_CHECKUP_RATE,,,,#削除,,
                """;

        InterchangeReader.Outcome checked = importer.check(List.of(file("clear.csv", clearing)));
        List<String> preview = importer.preview(checked.rows()).stream()
                .flatMap(l -> l.differencesJa().stream())
                .toList();
        assertThat(preview).containsExactly("全国平均: 57.7% → （削除）");

        ImportReport report = importer.importFiles(List.of(file("clear.csv", clearing)), "bob", "import");

        assertThat(report.resultsChanged()).isEqualTo(1);
        StoredResult stored = stored("32");
        assertThat(stored.nationalValueText()).isEmpty();
        assertThat(stored.nationalValue()).isEmpty();
        assertThat(stored.actualText()).contains("72.2%");
        assertThat(stored.result().numerator().map(BigDecimal::toPlainString)).contains("163860");
        assertThat(stored.printedMark()).contains(Mark.EXCEEDED);
        assertThat(stored.note()).contains("※基準変更");
        ChangeLog.Change change = changeLog
                .history("kpi_result", "32/2023/final/LIFESTYLE_CHECKUP_RATE/2021")
                .get(1);
        assertThat(change.before()).containsEntry("national_value", "57.7%");
        assertThat(change.after()).containsEntry("national_value", "").containsEntry("numerator", "163860");
    }

    @Test
    void theNumeratorClearedShowsAsDeletedInThePreview() {
        importer.importFiles(List.of(file("full.csv", fullRow("33"))), "alice", "import");

        List<String> preview = importer
                .preview(importer.check(List.of(file("clear.csv", """
                                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                                33,2023,LIFESTYLE_CHECKUP_RATE,72.2%,#削除,#削除
                                """))).rows())
                .stream()
                .flatMap(l -> l.differencesJa().stream())
                .toList();

        assertThat(preview).containsExactly("分子: 163,860 → （削除）", "分母: 226,946 → （削除）");
    }

    @Test
    void aValueThatNoLongerAgreesWithTheStoredNumeratorIsRefusedSavingNothing() {
        importer.importFiles(List.of(file("full.csv", fullRow("34"))), "alice", "import");

        assertRefusedSavingNothing(
                () -> importer.importFiles(List.of(file("value.csv", """
                        branch_code,fiscal_year,kpi_code,actual
                        34,2023,LIFESTYLE_CHECKUP_RATE,75.0%
                        """)), "bob", "import"),
                "ファイル「value.csv」 2行目 列「actual」: 登録済みの値と合わせると合いません",
                records::countTargets,
                records::countResults,
                changeLog::count);
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTimeWritesNoChangeLogRowAndSaysSo() {
        ImportReport first = importer.importFiles(List.of(file("full.csv", fullRow("35"))), "alice", "import");
        int changes = changeLog.count();

        ImportReport second = importer.importFiles(List.of(file("full.csv", fullRow("35"))), "alice", "import");

        assertThat(first.changedNothing()).isFalse();
        assertThat(second.changedNothing()).isTrue();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.summaryJa()).startsWith("このファイルの値はすべて登録済みでした。何も変わっていません（1行すべて変更なし。取込#");
        assertThat(changeLog.count()).isEqualTo(changes);
        assertThat(importer.preview(
                        importer.check(List.of(file("full.csv", fullRow("35")))).rows()))
                .allSatisfy(line -> assertThat(line.actionJa()).isEqualTo("変更なし"));
        // The import is in the history all the same, with its counts: nothing added or changed, one record as it was.
        ImportBatches.Batch batch = batches.find(second.batchId()).orElseThrow();
        assertThat(batch.counts()).isEqualTo(new ImportBatches.Counts(0, 0, 0, 2));
    }

    @Test
    void aProgressListenerHearsEachStageInOrder() {
        List<String> stages = new java.util.ArrayList<>();
        importer.importFiles(List.of(file("full.csv", fullRow("36"))), "alice", "import", (stage, done, total) -> {
            if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) stages.add(stage);
            assertThat(done).isBetween(0L, total);
        });

        assertThat(stages).containsExactly("読み込み", "検査", "保存", "記録", "再評価");
    }

    @Test
    void whenOneFileOfSeveralIsBadNoFileIsImported() {
        assertRefusedSavingNothing(
                () -> importer.importFiles(
                        List.of(
                                file(
                                        "good.csv",
                                        "branch_code,fiscal_year,kpi_code,target,actual\n13,2023,LIFESTYLE_CHECKUP_RATE,60.0%以上,61.0%\n"),
                                file(
                                        "bad.csv",
                                        "branch_code,fiscal_year,kpi_code,actual\n13,2023,EMPLOYER_CHECKUP_DATA_RATE,abc\n")),
                        "carol",
                        "import"),
                "ファイル「bad.csv」 2行目 列「actual」",
                records::countTargets,
                records::countResults,
                changeLog::count);
    }
}
