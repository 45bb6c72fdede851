package jp.kenpokpi.app.submission;

import static jp.kenpokpi.app.importing.ImportForms.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.importing.ImportForms;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.submission.Actor;
import jp.kenpokpi.submission.ApprovalRoute;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.submission.SubmissionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 10: a report with headquarters (or approved) freezes the results it reports, on every channel that writes
 * them: the year-end form (年度実績・自己評価), the month-end form for April–September (上期実施状況), the KPI import
 * (targets with the plan), and the pages offer no link to them while it lasts, saying why. Tochigi (sample data);
 * refused attempts change nothing, not even the change log.
 */
@SampleDataTest
class ReportFreezeIT {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2024 = FiscalYear.of(2024);
    private static final FiscalYear FY2025 = FiscalYear.of(2025);
    private static final String FIRST_HALF_SUBMITTED = "栃木支部の令和7年度 上期実施状況は提出済のため変更できません";
    private static final String YEAR_END_SUBMITTED = "栃木支部の令和6年度 年度実績・自己評価は提出済のため変更できません";

    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    KpiRecordRepository records;

    @Autowired
    CatalogueRepository catalogue;

    @Autowired
    InterchangeImport importer;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    JdbcClient jdbc;

    /** Each test starts from Tochigi's reports not stepped yet, on the direct route, and its years unlocked. */
    @BeforeEach
    void noStepsYet() {
        jdbc.sql("DELETE FROM submission_event WHERE org_code = '09'").update();
        jdbc.sql("DELETE FROM fiscal_year_lock WHERE org_code = '09'").update();
        submissions.setRoute(TOCHIGI, ApprovalRoute.DIRECT);
    }

    @Test
    void aSubmittedFirstHalfFreezesItsMonthEndsUntilHeadquartersReturnsIt() throws Exception {
        DemoUsers.send(mvc, post("/submissions/09/2025/FIRST_HALF/SUBMIT"), "tochigi")
                .andExpect(redirectedUrl("/submissions?branch=09&year=2025"));
        assertThat(submissions.find(TOCHIGI, FY2025, SubmissionKind.FIRST_HALF).state())
                .isEqualTo(SubmissionState.SUBMITTED);

        // The interim page at a month of 上期 offers no link and says why; a later month is still open.
        String june = DemoUsers.page(mvc, "/interim?branch=09&asOf=2025-06", "tochigi");
        assertThat(june).contains("id=\"freeze-notice\"", FIRST_HALF_SUBMITTED).doesNotContain("/interim/entry/");
        String october = DemoUsers.page(mvc, "/interim?branch=09&asOf=2025-10", "tochigi");
        assertThat(october).contains("/interim/entry/").doesNotContain("id=\"freeze-notice\"");

        long changes = changes();
        String refused =
                DemoUsers.submit(mvc, monthEnd("2025-06", "actual", "50.0%"), "tochigi", status().isForbidden());
        assertThat(refused).contains(FIRST_HALF_SUBMITTED);
        // Headquarters too: the report is with headquarters, nobody changes what it reports.
        assertThat(DemoUsers.submit(mvc, monthEnd("2025-06", "actual", "50.0%"), "honbu", status().isForbidden()))
                .contains(FIRST_HALF_SUBMITTED);
        assertThat(DemoUsers.forbidden(mvc, "/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&asOf=2025-06", "tochigi"))
                .contains(FIRST_HALF_SUBMITTED);
        assertThat(monthEndResult("2025-06")).isEmpty();
        assertThat(changes()).as("the change log is unchanged").isEqualTo(changes);

        // October is not part of 上期: it saves, and its form offers no month of 上期 to switch to.
        String form = DemoUsers.page(mvc, "/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&asOf=2025-10", "tochigi");
        assertThat(form)
                .contains("id=\"freeze-notice\"", FIRST_HALF_SUBMITTED, "<option value=\"2025-10\"")
                .doesNotContain("<option value=\"2025-06\"", "<option value=\"2025-09\"");
        DemoUsers.send(mvc, monthEnd("2025-10", "actual", "51.0%"), "tochigi")
                .andExpect(redirectedUrl("/interim?branch=09&asOf=2025-10"));
        assertThat(monthEndResult("2025-10").orElseThrow().value().actualText()).contains("51.0%");

        returned(FY2025, SubmissionKind.FIRST_HALF);
        DemoUsers.send(mvc, monthEnd("2025-06", "actual", "50.0%"), "tochigi")
                .andExpect(redirectedUrl("/interim?branch=09&asOf=2025-06"));
        assertThat(monthEndResult("2025-06").orElseThrow().value().actualText()).contains("50.0%");
        assertThat(DemoUsers.page(mvc, "/interim?branch=09&asOf=2025-06", "tochigi"))
                .contains("/interim/entry/")
                .doesNotContain("id=\"freeze-notice\"");
    }

    @Test
    void aSubmittedYearEndReportFreezesTheYearEndFormUntilHeadquartersReturnsIt() throws Exception {
        submitted(FY2024, SubmissionKind.YEAR_END);
        Optional<Integer> version = yearEndResult().map(StoredRow::version);

        String dashboard = DemoUsers.page(mvc, "/dashboard?branch=09&year=2024", "tochigi");
        assertThat(dashboard)
                .contains("id=\"freeze-notice\"", YEAR_END_SUBMITTED)
                .doesNotContain("edit-link");
        assertThat(DemoUsers.page(mvc, "/dashboard?branch=09&year=2024", "honbu"))
                .contains(YEAR_END_SUBMITTED)
                .doesNotContain("edit-link");

        long changes = changes();
        assertThat(DemoUsers.submit(mvc, yearEnd(version, "10.0%"), "tochigi", status().isForbidden()))
                .contains(YEAR_END_SUBMITTED);
        assertThat(DemoUsers.forbidden(mvc, "/entry/SINGLE_BID_RATE?branch=09&year=2024", "honbu"))
                .contains(YEAR_END_SUBMITTED);
        assertThat(yearEndResult().map(StoredRow::version)).isEqualTo(version);
        assertThat(changes()).as("the change log is unchanged").isEqualTo(changes);
        // The 上期 report of the same year is another report: its month ends stay open.
        assertThat(DemoUsers.page(mvc, "/interim?branch=09&asOf=2024-06", "tochigi"))
                .doesNotContain("id=\"freeze-notice\"");

        returned(FY2024, SubmissionKind.YEAR_END);
        assertThat(DemoUsers.page(mvc, "/dashboard?branch=09&year=2024", "tochigi"))
                .contains("edit-link")
                .doesNotContain("id=\"freeze-notice\"");
        DemoUsers.send(mvc, yearEnd(version, "10.0%"), "tochigi")
                .andExpect(redirectedUrl("/dashboard?branch=09&year=2024"));
        assertThat(yearEndResult().orElseThrow().value().actualText()).contains("10.0%");
    }

    @Test
    void anImportRowOfAFrozenReportIsRefusedNamingFileRowAndReasonAndNothingIsSaved() throws Exception {
        submitted(FY2025, SubmissionKind.FIRST_HALF);
        submitted(FiscalYear.of(2026), SubmissionKind.PLAN);
        String file = """
                branch_code,fiscal_year,as_of,kpi_code,target,actual
                09,2025,2025-10,LIFESTYLE_CHECKUP_RATE,,52.0%
                09,2025,2025-06,LIFESTYLE_CHECKUP_RATE,,50.0%
                09,2026,,LIFESTYLE_CHECKUP_RATE,60.0%以上,
                """;
        long changes = changes();
        // The month ends may hold what another test of this class entered: the import must leave them as they are.
        Optional<StoredResult> june = monthEndResult("2025-06").map(StoredRow::value);
        Optional<StoredResult> october = monthEndResult("2025-10").map(StoredRow::value);

        // The web import: the preview lists the problems and offers nothing to apply.
        String page = DemoUsers.submit(
                mvc,
                ImportForms.preview(csv("tochigi-months.csv", file)).session(new MockHttpSession()),
                "honbu",
                status().isOk());
        assertThat(page)
                .contains("tochigi-months.csv", "3行目", "as_of", FIRST_HALF_SUBMITTED + "。この行は取り込めません")
                .contains("4行目", "target", "栃木支部の令和8年度 事業計画・目標は提出済のため変更できません。この行は取り込めません")
                .doesNotContain("apply-form");

        // The command line imports through the same service: refused whole, file and row named.
        assertThatThrownBy(() -> importer.importFiles(
                        List.of(new InterchangeFile("tochigi-months.csv", file.getBytes(StandardCharsets.UTF_8))),
                        "cli",
                        "import"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("データベースは変更していません")
                .hasMessageContaining("ファイル「tochigi-months.csv」 3行目 列「as_of」: " + FIRST_HALF_SUBMITTED + "。この行は取り込めません")
                .hasMessageContaining("ファイル「tochigi-months.csv」 4行目 列「target」: ");
        assertThat(monthEndResult("2025-10").map(StoredRow::value))
                .as("nothing half-saved")
                .isEqualTo(october);
        assertThat(monthEndResult("2025-06").map(StoredRow::value)).isEqualTo(june);
        assertThat(changes()).as("the change log is unchanged").isEqualTo(changes);

        returned(FY2025, SubmissionKind.FIRST_HALF);
        returned(FiscalYear.of(2026), SubmissionKind.PLAN);
        importer.importFiles(
                List.of(new InterchangeFile("tochigi-months.csv", file.getBytes(StandardCharsets.UTF_8))),
                "cli",
                "import");
        assertThat(monthEndResult("2025-06").orElseThrow().value().actualText()).contains("50.0%");
        assertThat(monthEndResult("2025-10").orElseThrow().value().actualText()).contains("52.0%");
    }

    /**
     * The branch's report as submitted: through the page where the report is complete, else (the sample year lacks
     * what it needs) the step put in place as the service would write it, change-log row included, so that the pages
     * kept per data version see it.
     */
    private void submitted(FiscalYear year, SubmissionKind kind) {
        Submission current = submissions.find(TOCHIGI, year, kind);
        Submission.Accepted step = (Submission.Accepted)
                current.submit(Actor.branchEditor("tochigi", TOCHIGI), ApprovalRoute.DIRECT, List.of(), Instant.now());
        submissions.append(step.next(), step.event());
        changeLog.record(
                SubmissionService.TABLE,
                TOCHIGI + "/" + year + "/" + kind.name(),
                Optional.of(Map.of("state", current.state().nameJa())),
                Map.of("state", step.next().state().nameJa()),
                "tochigi",
                step.event().at(),
                ChangeSource.form());
        assertThat(submissions.find(TOCHIGI, year, kind).state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    /** Headquarters returns the report with a reason, on the submissions page. */
    private void returned(FiscalYear year, SubmissionKind kind) throws Exception {
        DemoUsers.send(
                        mvc,
                        post("/submissions/09/" + year.value() + "/" + kind.name() + "/RETURN")
                                .param("comment", "数値を確認してください"),
                        "honbu")
                .andExpect(status().is3xxRedirection());
        assertThat(submissions.find(TOCHIGI, year, kind).state()).isEqualTo(SubmissionState.RETURNED);
    }

    private long changes() {
        return jdbc.sql("SELECT COUNT(*) FROM data_change").query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder monthEnd(String month, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("actual", "numerator", "denominator", "note", "version")) fields.put(name, "");
        for (int i = 0; i < pairs.length; i += 2) fields.put(pairs[i], pairs[i + 1]);
        MockHttpServletRequestBuilder request = post("/interim/entry/LIFESTYLE_CHECKUP_RATE")
                .param("branch", "09")
                .param("asOf", month)
                .accept(MediaType.TEXT_HTML);
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder yearEnd(Optional<Integer> version, String actual) {
        MockHttpServletRequestBuilder request = post("/entry/SINGLE_BID_RATE")
                .param("branch", "09")
                .param("year", "2024")
                .accept(MediaType.TEXT_HTML);
        for (String name :
                List.of("numerator", "denominator", "note", "selfEvaluation", "selfEvaluationReason", "narrative")) {
            request.param(name, "");
        }
        return request.param("actual", actual)
                .param("version", version.map(String::valueOf).orElse(""));
    }

    private Optional<StoredRow<StoredResult>> monthEndResult(String month) {
        AsOf asOf = AsOf.parse(month).orElseThrow();
        return records.findResult(
                TOCHIGI,
                asOf.fiscalYear(),
                Optional.of(asOf),
                "LIFESTYLE_CHECKUP_RATE",
                definitionFy("LIFESTYLE_CHECKUP_RATE", asOf.fiscalYear()));
    }

    private Optional<StoredRow<StoredResult>> yearEndResult() {
        return records.findResult(
                TOCHIGI, FY2024, Optional.empty(), "SINGLE_BID_RATE", definitionFy("SINGLE_BID_RATE", FY2024));
    }

    private int definitionFy(String kpiCode, FiscalYear year) {
        return catalogue
                .load()
                .find(kpiCode)
                .flatMap(k -> k.definitionIn(year))
                .orElseThrow()
                .definitionFy();
    }
}
