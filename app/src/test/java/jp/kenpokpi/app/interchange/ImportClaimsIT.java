package jp.kenpokpi.app.interchange;

import static jp.kenpokpi.app.importing.ImportRefusals.assertRefusedSavingNothing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.budget.BudgetImport;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.interchange.ImportClaim;
import jp.kenpokpi.interchange.ImportClaim.BranchYear;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 (6): one import at a time per branch and year. A second import of a branch-year while another runs is
 * refused, naming who runs the other since when, and writes nothing; the claim goes when its import ends, whether it
 * succeeded or failed; a claim left by a process that died is taken over after its time. The claim is a database
 * row, so it holds between the web server and the command line as it holds here between two threads.
 */
@SampleDataTest
class ImportClaimsIT {

    private static final String TOCHIGI_2023 = """
            branch_code,fiscal_year,kpi_code,actual,numerator,denominator
            09,2023,EMPLOYER_CHECKUP_DATA_RATE,8.4%,#削除,#削除
            """;

    @Autowired
    InterchangeImport importer;

    @Autowired
    BudgetImport budgetImport;

    @Autowired
    ImportClaims claims;

    @Autowired
    KpiRecordRepository records;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    JdbcClient jdbc;

    private static List<InterchangeFile> file(String text) {
        return List.of(new InterchangeFile("tochigi.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final BranchYear TOCHIGI = new BranchYear(OrgCode.of("09"), FiscalYear.of(2023));

    @AfterEach
    void noClaimIsLeft() {
        assertThat(claims.held()).as("claims left behind").isEmpty();
    }

    @Test
    void aSecondImportOfTheBranchYearIsRefusedNamingWhoAndSinceWhenAndWritesNothing() {
        String before = actual();
        claims.holding(List.of(TOCHIGI), "tochigi", () -> {
            ImportClaim held = claims.held().get(0);
            assertThat(held.claimedBy()).isEqualTo("tochigi");
            assertRefusedSavingNothing(
                    () -> importer.importFiles(file(TOCHIGI_2023), "honbu", "import"),
                    held.refusalJa(Instant.now()),
                    changeLog::count);
            return null;
        });
        assertThat(actual()).isEqualTo(before);

        // Once the other import has ended, the same file imports.
        importer.importFiles(file(TOCHIGI_2023), "honbu", "import");
        assertThat(actual()).isEqualTo("8.4%");
    }

    @Test
    void twoImportsRunningAtOnceNeverInterleave() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        // The first import stops as it starts storing, inside its transaction, holding the claim.
        CompletableFuture<ImportReport> first = CompletableFuture.supplyAsync(() ->
                importer.importFiles(file("""
                        branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                        09,2023,EMPLOYER_CHECKUP_DATA_RATE,8.3%,#削除,#削除
                        09,2023,DEPENDENT_CHECKUP_RATE,30.1%,#削除,#削除
                        """), "tochigi", "import", (stage, done, total) -> {
                    if (stage.equals("保存") && done == 0) {
                        writing.countDown();
                        await(goOn);
                    }
                }));
        assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> importer.importFiles(file(TOCHIGI_2023), "honbu", "import"))
                .isInstanceOf(ImportClaimedException.class)
                .hasMessageStartingWith("栃木支部 令和5年度は tochigi さんが ")
                .hasMessageContaining("から取り込み中です。終わってからもう一度取り込んでください");
        // Another branch-year is not held up.
        importer.importFiles(file("""
                        branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                        09,2022,EMPLOYER_CHECKUP_DATA_RATE,8.0%,#削除,#削除
                        """), "honbu", "import");

        goOn.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS).resultsChanged()).isEqualTo(2);
        assertThat(actual())
                .as("the first import's value, not the refused one's")
                .isEqualTo("8.3%");
    }

    @Test
    void theClaimIsReleasedWhenTheImportFails() {
        String before = actual();
        assertThatThrownBy(() -> importer.importFiles(file(TOCHIGI_2023), "tochigi", "import", (stage, done, total) -> {
                    if (stage.equals("保存")) throw new IllegalStateException("the write broke");
                }))
                .hasMessage("the write broke");
        assertThat(actual()).as("nothing half-saved").isEqualTo(before);
        // noClaimIsLeft checks the claim went; and the next import of the branch-year runs.
        importer.importFiles(file(TOCHIGI_2023), "tochigi", "import");
        assertThat(actual()).isEqualTo("8.4%");
    }

    @Test
    void aClaimLeftByAProcessThatDiedIsTakenOverAfterItsTime() {
        Instant longAgo = Instant.now().minus(ImportClaim.STALE_AFTER).minusSeconds(60);
        jdbc.sql("INSERT INTO import_claim (org_code, fiscal_year, claim_id, claimed_by, claimed_at) "
                        + "VALUES ('09', 2023, 'crashed', 'cli:root', ?)")
                .param(Timestamp.from(longAgo))
                .update();
        importer.importFiles(file(TOCHIGI_2023), "tochigi", "import");
        assertThat(actual()).isEqualTo("8.4%");
    }

    @Test
    void aBudgetImportWaitsForTheKpiImportOfItsBranchYearToo() {
        claims.holding(List.of(new BranchYear(OrgCode.of("09"), FiscalYear.of(2024))), "cli:kenpo", () -> {
            assertThatThrownBy(() -> budgetImport.importFiles(
                            List.of(new InterchangeFile("budget.csv", """
                                    branch_code,fiscal_year,section,category,item_no,item,budget,executed
                                    09,2024,医療費適正化等予算,医療費適正化対策,1,情報提供,1000,500
                                    """.getBytes(StandardCharsets.UTF_8))),
                            "tochigi",
                            "import"))
                    .isInstanceOf(ImportClaimedException.class)
                    .hasMessageStartingWith("栃木支部 令和6年度は cli:kenpo さんが ");
            return null;
        });
    }

    private String actual() {
        return records.findResult(
                        OrgCode.of("09"),
                        FiscalYear.of(2023),
                        java.util.Optional.empty(),
                        "EMPLOYER_CHECKUP_DATA_RATE",
                        2021)
                .map(r -> r.value().actualText().orElse(""))
                .orElse("");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
