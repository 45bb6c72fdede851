package jp.kenpokpi.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.importing.ImportForms;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanColumn;
import jp.kenpokpi.plan.PlanCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The business plan page and a measure's edit form, signed in as each demo account: what each sees, who may save,
 * and that a save over someone else's change, without a CSRF token or by another branch is refused.
 */
@SampleDataTest
class PlanPageIT {

    static final OrgCode TOCHIGI = OrgCode.of("09");
    static final FiscalYear FY2024 = FiscalYear.of(2024);
    static final String EDIT = "/plan/edit?branch=09&year=2024&area=CORE&measure=2";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImport importer;

    @Autowired
    PlanRepository plans;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    FiscalYearLocks locks;

    /** Every test starts from the fixture plan as imported. */
    @BeforeEach
    void importFixture() {
        importer.importFiles(PlanFixture.files(), "test", "import");
    }

    private int version() {
        return plans.storedMeasure(TOCHIGI, FY2024, PlanArea.CORE, 2)
                .orElseThrow()
                .version();
    }

    private Measure measure() {
        return plans.storedMeasure(TOCHIGI, FY2024, PlanArea.CORE, 2)
                .orElseThrow()
                .measure();
    }

    private static MockHttpServletRequestBuilder save(int version, String selfEvaluation, String reason) {
        return post(EDIT)
                .param("doneText", "・標準期間を遵守した。")
                .param("issues", "繁忙期の遅れ")
                .param("selfEvaluation", selfEvaluation)
                .param("selfEvaluationReason", reason)
                .param("actions[0].number", "1")
                .param("actions[0].doneText", "標準化を徹底した。")
                .param("actions[0].mark", "AS_PLANNED")
                .param("actions[1].number", "2")
                .param("actions[1].doneText", "")
                .param("actions[1].mark", "")
                .param("version", Integer.toString(version));
    }

    @Test
    void the_plan_page_shows_measures_by_area_with_tags_actions_kpis_and_edit_links_for_the_branch_editor()
            throws Exception {
        String html = DemoUsers.page(mvc, "/plan?branch=09&year=2024", "tochigi");

        assertThat(html)
                .contains(
                        "栃木支部 令和6年度（2024年度） 事業計画",
                        "data-nav=\"plan\"",
                        "id=\"area-STRATEGIC\"",
                        "id=\"measure-CORE-2\"",
                        "2．サービス水準の向上",
                        "業務の標準化・効率化・簡素化を徹底する。",
                        "サービススタンダードの達成状況",
                        "href=\"/kpi/SS_ACHIEVEMENT?branch=09&amp;year=2024\"",
                        "100%を維持する",
                        "【重要度：高】",
                        "【困難度：高】",
                        "受診率の高い事業所が多く",
                        "id=\"edit-CORE-2\"",
                        "href=\"/plan.csv?branch=09&amp;year=2024\"");
        assertThat(html.split("class=\"measure\"", -1).length - 1).isEqualTo(4);
        assertThat(DemoUsers.page(mvc, "/plan?branch=09&year=2024", "honbu")).contains("id=\"edit-CORE-2\"");
    }

    /** Issue 8 (13): the sample plan's 出典 names the report, not the transcription's file and lines. */
    @Test
    void the_plan_source_names_the_report_not_a_file() throws Exception {
        String html = DemoUsers.page(mvc, "/plan?branch=09&year=2023", "etsuran");
        assertThat(html)
                .contains("出典: 栃木支部 令和5年度事業計画実施状況</span>")
                .doesNotContain("tochigi-fy2023-implementation-status.txt", "l.492-562");
    }

    @Test
    void the_edit_form_shows_the_measures_kpi_results_and_the_self_evaluation_they_suggest() throws Exception {
        // Tochigi FY2023 (the real plan and results): (1) 100% met, (2) 93.9% against 96.0% — both B.
        String html = DemoUsers.page(mvc, "/plan/edit?branch=09&year=2023&area=CORE&measure=2", "tochigi");
        assertThat(html)
                .contains(
                        "id=\"kpi-results\"",
                        "(1) サービススタンダードの達成状況 100% → 100% ○（B）",
                        "(2) 現金給付等の申請に係る郵送化率 96.0% → 93.9% △（B）",
                        "data-suggestion=\"B\"",
                        "KPIの結果からの提案: B（概ね計画どおり）");
        // A measure without KPIs has nothing to suggest.
        assertThat(DemoUsers.page(mvc, "/plan/edit?branch=09&year=2023&area=CORE&measure=1", "tochigi"))
                .doesNotContain("id=\"kpi-results\"", "self-evaluation-suggestion");
    }

    @Test
    void the_excel_template_of_tochigis_plan_imports_again_as_the_same_plan_and_a_bad_cell_is_named_by_its_excel_row()
            throws Exception {
        assertThat(DemoUsers.page(mvc, "/plan?branch=09&year=2023", "tochigi"))
                .contains("href=\"/plan.xlsx?branch=09&amp;year=2023\"");
        byte[] xlsx = DemoUsers.download(mvc, "/plan.xlsx?branch=09&year=2023", "tochigi", "plan-09-2023.xlsx");
        BusinessPlan stored = plans.find(TOCHIGI, FiscalYear.of(2023)).orElseThrow();
        PlanCsv.Outcome back = importer.check(List.of(new InterchangeFile("plan-09-2023.xlsx", xlsx)));
        assertThat(back.problems()).isEmpty();
        assertThat(back.plans()).containsExactly(stored);

        // The first action's mark set to something that is no mark, in the workbook as a user would.
        int excelRow;
        byte[] edited;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.getSheet("事業計画");
            int record = PlanColumn.RECORD.ordinal(), mark = PlanColumn.MARK.ordinal();
            int r = 1;
            while (!sheet.getRow(r).getCell(record).getStringCellValue().equals("action")) r++;
            sheet.getRow(r).getCell(mark).setCellValue("？");
            excelRow = r + 1;
            workbook.write(out);
            edited = out.toByteArray();
        }
        assertThat(importer.check(List.of(new InterchangeFile("edited.xlsx", edited)))
                        .problems())
                .extracting(ImportProblem::describeJa)
                .containsExactly("ファイル「edited.xlsx」 " + excelRow + "行目 列「mark」: 「？」は実施状況の記号ではありません（◎、○、△、×）");
        // A file named .xlsx that is not a workbook is refused as one, not read as CSV.
        assertThat(importer.check(List.of(new InterchangeFile(
                                "renamed.xlsx", "branch_code\n09".getBytes(StandardCharsets.UTF_8))))
                        .problems())
                .extracting(ImportProblem::describeJa)
                .singleElement()
                .asString()
                .startsWith("ファイル「renamed.xlsx」 1行目: Excelファイル（.xlsx）として読めません");
    }

    @Test
    void a_viewer_sees_the_plan_without_edit_links_and_may_not_open_the_form() throws Exception {
        String html = DemoUsers.page(mvc, "/plan?branch=09&year=2024", "etsuran");

        assertThat(html).contains("サービス水準の向上").doesNotContain("edit-link", "/plan/edit");
        mvc.perform(get(EDIT).with(DemoUsers.as("etsuran"))).andExpect(status().isForbidden());
    }

    @Test
    void the_branch_editor_saves_a_measures_report_which_the_plan_shows_and_the_history_keeps() throws Exception {
        String form = DemoUsers.page(mvc, EDIT, "tochigi");
        assertThat(form)
                .contains(
                        "実施状況の入力: 2．サービス水準の向上",
                        "name=\"version\"",
                        "name=\"_csrf\"",
                        "name=\"actions[0].doneText\"",
                        "id=\"history\"");

        DemoUsers.send(mvc, save(version(), "A", "目標を上回った"), "tochigi")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plan?branch=09&year=2024"));

        Measure saved = measure();
        assertThat(saved.doneText()).isEqualTo("・標準期間を遵守した。");
        assertThat(saved.selfEvaluation()).contains(SelfEvaluation.A);
        assertThat(saved.actions().get(0).mark()).contains(Mark.AS_PLANNED);
        assertThat(saved.planText()).as("the plan is not the form's").isEqualTo("・サービススタンダード（10日間）を遵守する。");
        assertThat(DemoUsers.page(mvc, "/plan?branch=09&year=2024", "etsuran"))
                .contains("・標準期間を遵守した。", "A（計画を上回っている）", "標準化を徹底した。", "data-mark=\"AS_PLANNED\"");
        List<ChangeLog.Change> history = changeLog.history("plan_measure", "09/2024/基盤的保険者機能/2");
        ChangeLog.Change last = history.get(history.size() - 1);
        assertThat(last.changedBy()).isEqualTo("tochigi");
        assertThat(last.batchId()).isEmpty();
        assertThat(last.after()).containsEntry("done_text", "・標準期間を遵守した。").containsEntry("action1.mark", "○");
        assertThat(DemoUsers.page(mvc, EDIT, "tochigi"))
                .contains("data-field=\"done_text\"", "実施状況", "取組(1)の実施状況", "栃木支部 企画総務グループ（デモ）");
    }

    @Test
    void a_self_evaluation_without_its_reason_is_refused_beside_the_field_and_nothing_is_saved() throws Exception {
        int version = version();
        String html = DemoUsers.submit(mvc, save(version, "B", " "), "tochigi", status().isOk());

        assertThat(html).contains("id=\"selfEvaluationReason-error\"", "自己評価（B）の理由を入力してください");
        assertThat(version()).isEqualTo(version);
        assertThat(measure().doneText()).isEmpty();

        String tooLong = DemoUsers.submit(
                mvc, save(version, "", "").param("doneText", "あ".repeat(8001)), "tochigi", status().isOk());
        assertThat(tooLong).contains("id=\"doneText-error\"", "8000文字以内で入力してください");
    }

    @Test
    void a_save_over_a_change_made_since_the_form_was_read_is_refused_with_409() throws Exception {
        int read = version();
        importer.importFiles(
                List.of(new InterchangeFile(
                        "other.csv",
                        new String(PlanFixture.file().content(), StandardCharsets.UTF_8)
                                .replace("郵送による申請を促進する。", "郵送申請を促進する。")
                                .getBytes(StandardCharsets.UTF_8))),
                "honbu",
                "import");

        String html = DemoUsers.submit(mvc, save(read, "", ""), "tochigi", status().isConflict());

        assertThat(html)
                .contains("他の人が先に更新しました", "id=\"conflict-message\"", "本部 企画部（デモ）", "value=\"" + version() + "\"");
        assertThat(measure().doneText()).isEmpty();
    }

    @Test
    void another_branchs_plan_a_locked_year_and_a_save_without_csrf_token_are_refused() throws Exception {
        importer.importFiles(
                List.of(PlanFixture.csv("saitama.csv", "11,2024,measure,基盤的保険者機能,2,業務,題,,,,,,,,,,,,,\n")),
                "honbu",
                "import");
        String other = "/plan/edit?branch=11&year=2024&area=CORE&measure=2";
        mvc.perform(get(other).with(DemoUsers.as("tochigi"))).andExpect(status().isForbidden());
        DemoUsers.send(mvc, post(other).param("doneText", "x").param("version", "1"), "tochigi")
                .andExpect(status().isForbidden());
        assertThat(DemoUsers.page(mvc, "/plan?branch=11&year=2024", "tochigi"))
                .contains("題")
                .doesNotContain("edit-link");

        mvc.perform(save(version(), "", "").with(DemoUsers.as("tochigi"))).andExpect(status().isForbidden());
        assertThat(measure().doneText()).isEmpty();

        locks.lock(TOCHIGI, FY2024, "honbu");
        try {
            DemoUsers.send(mvc, save(version(), "", ""), "tochigi").andExpect(status().isForbidden());
            assertThat(DemoUsers.page(mvc, "/plan?branch=09&year=2024", "tochigi"))
                    .doesNotContain("edit-link");
        } finally {
            locks.unlock(TOCHIGI, FY2024);
        }
        assertThat(measure().doneText()).isEmpty();
    }

    @Test
    void the_import_page_previews_a_plan_file_then_applies_exactly_it_and_refuses_another_branchs_plan()
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        String changed = new String(PlanFixture.file().content(), StandardCharsets.UTF_8)
                .replace(
                        "09,2024,measure,組織・運営体制,1,企画総務,人事制度の適正な運用,,,,・研修を実施する。,,",
                        "09,2024,measure,組織・運営体制,1,企画総務,人事制度の適正な運用,,,,・研修を実施する。,研修を3回実施した。,");
        String preview = DemoUsers.submit(
                mvc,
                ImportForms.preview(ImportForms.csv("plan.csv", changed))
                        .param("kind", "plan")
                        .session(session),
                "tochigi",
                status().isOk());

        assertThat(preview)
                .contains(
                        "id=\"plan-preview\"",
                        "確認: 施策4件のうち1件が変わります",
                        "data-key=\"09/2024/組織・運営体制/1\"",
                        "実施状況: （空） → 研修を3回実施した。",
                        "name=\"kind\" value=\"plan\"");
        DemoUsers.send(
                        mvc,
                        ImportForms.apply(ImportForms.token(preview))
                                .param("kind", "plan")
                                .session(session),
                        "tochigi")
                .andExpect(redirectedUrl("/import"))
                .andExpect(flash().attribute("flashMessage", "事業計画 13行（1計画）を取り込みました（施策 追加0・変更1・削除0、変更なし3）"));
        assertThat(plans.storedMeasure(TOCHIGI, FY2024, PlanArea.ORGANISATION, 1)
                        .orElseThrow()
                        .measure()
                        .doneText())
                .isEqualTo("研修を3回実施した。");

        String refused = DemoUsers.submit(
                mvc,
                ImportForms.preview(new MockMultipartFile(
                                "files",
                                "other.csv",
                                "text/csv",
                                PlanFixture.csv("other.csv", "10,2024,measure,基盤的保険者機能,1,業務,題,,,,,,,,,,,,,\n")
                                        .content()))
                        .param("kind", "plan"),
                "tochigi",
                status().isOk());
        assertThat(refused)
                .contains("id=\"import-problems\"", "支部「10」の行は取り込めません")
                .doesNotContain("apply-form");
    }

    @Test
    void the_csv_download_is_the_plan_in_the_import_format_which_reads_back_as_the_same_plan() throws Exception {
        byte[] csv = mvc.perform(get("/plan.csv?branch=09&year=2024").with(DemoUsers.as("etsuran")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"plan-09-2024.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        PlanCsv.Outcome again = importer.check(List.of(new InterchangeFile("plan-09-2024.csv", csv)));
        assertThat(again.problems()).isEmpty();
        assertThat(again.plans()).containsExactly(plans.find(TOCHIGI, FY2024).orElseThrow());
        assertThat(Optional.of(csv[0] & 0xFF)).as("BOM for Excel").contains(0xEF);
        mvc.perform(get("/plan.csv?branch=30&year=2024").with(DemoUsers.as("etsuran")))
                .andExpect(status().isNotFound());
    }
}
