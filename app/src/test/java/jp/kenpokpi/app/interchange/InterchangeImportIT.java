package jp.kenpokpi.app.interchange;

import static jp.kenpokpi.app.importing.ImportRefusals.assertRefusedSavingNothing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.interchange.InterchangeFile;
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
