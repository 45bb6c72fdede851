package jp.kenpokpi.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.submission.SubmissionRepository;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.MeasurePlan;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.submission.Actor;
import jp.kenpokpi.submission.ApprovalRoute;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Making a plan in the browser (issue 10): starting a year from the one before, adding a measure, its actions and
 * KPIs with 項番 and 設定に当たっての考え方, removing them; who may (the branch's editor, headquarters) and who may not
 * (another branch, a viewer); a frozen plan report and a change made meanwhile refused with nothing saved. Each test
 * works on a branch and year of its own (the class shares one database).
 */
@SampleDataTest
class PlanMakingIT {

    static final OrgCode TOCHIGI = OrgCode.of("09");
    static final OrgCode AKITA = OrgCode.of("05");

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRepository plans;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    CatalogueRepository catalogue;

    @Autowired
    SubmissionRepository submissions;

    private static String measureUrl(String path, String branch, int year, PlanArea area, int number) {
        return path + "?branch=" + branch + "&year=" + year + "&area=" + area.name() + "&measure=" + number;
    }

    private PlanRepository.StoredMeasure stored(OrgCode org, int year, PlanArea area, int number) {
        return plans.storedMeasure(org, FiscalYear.of(year), area, number).orElseThrow();
    }

    /** A form's fields by name, each with one value: a test sets one again to change what the page would send. */
    static final class Form {
        private final String url;
        private final java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();

        Form(String url) {
            this.url = url;
        }

        Form param(String name, String value) {
            fields.put(name, value);
            return this;
        }

        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder request = post(url);
            fields.forEach(request::param);
            return request;
        }
    }

    /** The measure's plan form as the page sends it unchanged: its fields, actions and KPIs, and its version. */
    private Form planForm(OrgCode org, int year, PlanArea area, int number) {
        PlanRepository.StoredMeasure s = stored(org, year, area, number);
        MeasurePlan plan = MeasurePlan.of(s.measure());
        Form form = new Form(measureUrl("/plan/measure", org.value(), year, area, number))
                .param("group", plan.group())
                .param("title", plan.title())
                .param("planText", plan.planText())
                .param("importanceReason", plan.importanceReason())
                .param("difficultyReason", plan.difficultyReason())
                .param("version", Integer.toString(s.version()));
        for (int i = 0; i < plan.actions().size(); i++) {
            form.param(
                            "actions[" + i + "].number",
                            Integer.toString(plan.actions().get(i).number()))
                    .param("actions[" + i + "].planText", plan.actions().get(i).planText());
        }
        for (int i = 0; i < plan.kpis().size(); i++) {
            form.param("kpis[" + i + "].kpiCode", plan.kpis().get(i).kpiCode())
                    .param("kpis[" + i + "].itemNo", plan.kpis().get(i).item())
                    .param("kpis[" + i + "].targetReasoning", plan.kpis().get(i).targetReasoning());
        }
        return form;
    }

    @Test
    void a_branch_editor_starts_a_year_by_copying_the_previous_years_plan_without_its_year_end() throws Exception {
        assertThat(DemoUsers.page(mvc, "/plan?branch=09&year=2024", "tochigi"))
                .contains(
                        "id=\"plan-empty\"", "id=\"start-from-previous\"", "前年度の計画を写して始める", "id=\"add-measure-form\"");
        BusinessPlan previous = plans.find(TOCHIGI, FiscalYear.of(2023)).orElseThrow();
        var names2023 = catalogue.load().namesIn(FiscalYear.of(2023));

        DemoUsers.send(mvc, post("/plan/start?branch=09&year=2024"), "tochigi")
                .andExpect(redirectedUrl("/plan?branch=09&year=2024"))
                .andExpect(flash().attribute(
                                "flash",
                                "令和5年度の計画の施策" + previous.measures().size() + "件を写して、令和6年度の事業計画を始めました"
                                        + "（令和6年度のKPI一覧にないKPI「"
                                        + names2023.get("JUDO_MULTI_FREQUENT_RATE") + "」「"
                                        + names2023.get("DEPENDENT_CONFIRMATION_RATE") + "」は写していません）"));

        BusinessPlan copied = plans.find(TOCHIGI, FiscalYear.of(2024)).orElseThrow();
        assertThat(copied.measures()).hasSameSizeAs(previous.measures());
        var names2024 = catalogue.load().namesIn(FiscalYear.of(2024));
        for (int i = 0; i < previous.measures().size(); i++) {
            Measure before = previous.measures().get(i),
                    after = copied.measures().get(i);
            assertThat(after.area()).isEqualTo(before.area());
            assertThat(after.number()).isEqualTo(before.number());
            assertThat(after.title()).isEqualTo(before.title());
            assertThat(after.group()).isEqualTo(before.group());
            assertThat(after.planText()).isEqualTo(before.planText());
            assertThat(after.actions())
                    .extracting(PlanAction::planText)
                    .containsExactlyElementsOf(
                            before.actions().stream().map(PlanAction::planText).toList());
            assertThat(after.kpis())
                    .containsExactlyElementsOf(before.kpis().stream()
                            .filter(k -> names2024.containsKey(k.kpiCode()))
                            .toList());
            assertThat(after.doneText()).isEmpty();
            assertThat(after.issues()).isEmpty();
            assertThat(after.selfEvaluation()).isEmpty();
            assertThat(after.selfEvaluationReason()).isEmpty();
            assertThat(after.actions()).allSatisfy(a -> {
                assertThat(a.doneText()).isEmpty();
                assertThat(a.mark()).isEmpty();
            });
        }
        assertThat(previous.measures()).anySatisfy(m -> assertThat(m.doneText()).isNotEmpty());
        assertThat(copied.measures().stream().mapToInt(m -> m.kpis().size()).sum())
                .isPositive();
        Measure first = copied.measures().get(0);
        List<ChangeLog.Change> history = changeLog.history(
                "plan_measure", PlanAudit.key(TOCHIGI, FiscalYear.of(2024), first.area(), first.number()));
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("INSERT");
            assertThat(c.changedBy()).isEqualTo("tochigi");
            assertThat(c.after()).containsEntry("title", first.title()).containsEntry("done_text", "");
        });

        // Started once: the page offers it no more, and a second start is refused with nothing written.
        assertThat(DemoUsers.page(mvc, "/plan?branch=09&year=2024", "tochigi"))
                .doesNotContain("id=\"start-from-previous\"")
                .contains("id=\"plan-CORE-1\"", "計画を編集");
        DemoUsers.send(mvc, post("/plan/start?branch=09&year=2024"), "tochigi").andExpect(status().isConflict());
        assertThat(plans.find(TOCHIGI, FiscalYear.of(2024)).orElseThrow()).isEqualTo(copied);
    }

    @Test
    void headquarters_adds_a_measure_to_a_branch_without_a_plan_then_its_actions_and_a_kpi_with_its_reasoning()
            throws Exception {
        String page = DemoUsers.page(mvc, "/plan?branch=11&year=2025", "honbu");
        assertThat(page).contains("id=\"add-measure-form\"").doesNotContain("id=\"start-from-previous\"");

        // A measure needs its title: said beside the field, nothing added.
        DemoUsers.send(
                        mvc,
                        post("/plan/measures?branch=11&year=2025")
                                .param("area", "STRATEGIC")
                                .param("title", " "),
                        "honbu")
                .andExpect(redirectedUrl("/plan?branch=11&year=2025"))
                .andExpect(flash().attribute("addError", "施策名を入力してください"));
        assertThat(plans.find(OrgCode.of("11"), FiscalYear.of(2025))).isEmpty();

        DemoUsers.send(
                        mvc,
                        post("/plan/measures?branch=11&year=2025")
                                .param("area", "STRATEGIC")
                                .param("group", "保健")
                                .param("title", "特定健診実施率の向上"),
                        "honbu")
                .andExpect(redirectedUrl("/plan/measure?branch=11&year=2025&area=STRATEGIC&measure=1"));
        String form = DemoUsers.page(mvc, "/plan/measure?branch=11&year=2025&area=STRATEGIC&measure=1", "honbu");
        assertThat(form)
                .contains(
                        "計画の編集: 1．特定健診実施率の向上",
                        "name=\"actions[0].planText\"",
                        "name=\"kpis[0].kpiCode\"",
                        "<option value=\"LIFESTYLE_CHECKUP_RATE\">",
                        "name=\"_csrf\"",
                        "id=\"delete-measure\"");

        OrgCode saitama = OrgCode.of("11");
        DemoUsers.send(
                        mvc,
                        planForm(saitama, 2025, PlanArea.STRATEGIC, 1)
                                .param("planText", "・健診の受診を勧奨する。")
                                .param("actions[0].number", "0")
                                .param("actions[0].planText", "集団健診を実施する。")
                                .param("kpis[0].kpiCode", "LIFESTYLE_CHECKUP_RATE")
                                .param("kpis[0].itemNo", "７")
                                .param("kpis[0].targetReasoning", "前年度実績を上回る水準とする。")
                                .request(),
                        "honbu")
                .andExpect(redirectedUrl("/plan?branch=11&year=2025"));
        DemoUsers.send(
                        mvc,
                        planForm(saitama, 2025, PlanArea.STRATEGIC, 1)
                                .param("actions[1].number", "0")
                                .param("actions[1].planText", "事業者健診データを取得する。")
                                .request(),
                        "honbu")
                .andExpect(redirectedUrl("/plan?branch=11&year=2025"));
        Measure m = stored(saitama, 2025, PlanArea.STRATEGIC, 1).measure();
        assertThat(m.group()).isEqualTo("保健");
        assertThat(m.planText()).isEqualTo("・健診の受診を勧奨する。");
        assertThat(m.actions())
                .containsExactly(
                        new PlanAction(1, "集団健診を実施する。", "", Optional.empty()),
                        new PlanAction(2, "事業者健診データを取得する。", "", Optional.empty()));
        assertThat(m.kpis()).containsExactly(new PlanKpi("LIFESTYLE_CHECKUP_RATE", 7, Optional.of("前年度実績を上回る水準とする。")));

        // The first action removed: the second keeps its number (its history stays its own).
        DemoUsers.send(
                        mvc,
                        planForm(saitama, 2025, PlanArea.STRATEGIC, 1)
                                .param("actions[0].remove", "true")
                                .request(),
                        "honbu")
                .andExpect(redirectedUrl("/plan?branch=11&year=2025"));
        assertThat(stored(saitama, 2025, PlanArea.STRATEGIC, 1).measure().actions())
                .containsExactly(new PlanAction(2, "事業者健診データを取得する。", "", Optional.empty()));
        List<ChangeLog.Change> history = changeLog.history("plan_measure", "11/2025/戦略的保険者機能/1");
        assertThat(history)
                .extracting(ChangeLog.Change::action)
                .containsExactly("INSERT", "UPDATE", "UPDATE", "UPDATE");
        assertThat(history.get(3).before()).containsKey("action1.plan_text");
        assertThat(history.get(3).after())
                .doesNotContainKey("action1.plan_text")
                .containsKey("action2.plan_text");
        assertThat(DemoUsers.page(mvc, "/plan?branch=11&year=2025", "etsuran"))
                .contains("1．特定健診実施率の向上", "前年度実績を上回る水準とする。", "事業者健診データを取得する。");

        // The measure removed with its KPI link: the KPI and its 項番 are free again.
        int version = stored(saitama, 2025, PlanArea.STRATEGIC, 1).version();
        DemoUsers.send(
                        mvc,
                        post("/plan/measure/delete?branch=11&year=2025&area=STRATEGIC&measure=1")
                                .param("version", Integer.toString(version)),
                        "honbu")
                .andExpect(redirectedUrl("/plan?branch=11&year=2025"));
        assertThat(plans.find(saitama, FiscalYear.of(2025))).isEmpty();
        assertThat(changeLog.history("plan_measure", "11/2025/戦略的保険者機能/1"))
                .last()
                .satisfies(c -> assertThat(c.action()).isEqualTo("DELETE"));
    }

    @Test
    void a_kpis_reasoning_is_edited_and_a_used_item_number_or_a_kpi_of_another_measure_is_refused_at_its_field()
            throws Exception {
        // Akita FY2025, 基盤的保険者機能 3: SS_ACHIEVEMENT (1), SS_AVERAGE_DAYS (2), COUNTER_RECEIPT_RATE (3).
        PlanRepository.StoredMeasure before = stored(AKITA, 2025, PlanArea.CORE, 3);
        String refused = DemoUsers.submit(
                mvc,
                planForm(AKITA, 2025, PlanArea.CORE, 3)
                        .param("kpis[1].itemNo", "4")
                        .param("kpis[3].kpiCode", "RECEIPT_REVIEW_RATE")
                        .param("kpis[3].itemNo", "20")
                        .request(),
                "honbu",
                status().isOk());
        assertThat(refused)
                .contains(
                        "id=\"kpis[1].itemNo-error\"",
                        "項番(4)は施策「5．",
                        "で使われています",
                        "id=\"kpis[3].kpiCode-error\"",
                        "このKPIは施策「5．")
                .contains("（基盤的保険者機能）」に設定されています（KPIは計画の1つの施策にだけ設定できます）");
        String badItem = DemoUsers.submit(
                mvc,
                planForm(AKITA, 2025, PlanArea.CORE, 3)
                        .param("kpis[0].itemNo", "0")
                        .request(),
                "honbu",
                status().isOk());
        assertThat(badItem).contains("id=\"kpis[0].itemNo-error\"", "項番は1〜999の整数で入力してください");
        assertThat(stored(AKITA, 2025, PlanArea.CORE, 3)).isEqualTo(before);

        DemoUsers.send(
                        mvc,
                        planForm(AKITA, 2025, PlanArea.CORE, 3)
                                .param("kpis[1].targetReasoning", "平均7日以内を維持し、6日台を目指す。")
                                .request(),
                        "honbu")
                .andExpect(redirectedUrl("/plan?branch=05&year=2025"));
        Measure after = stored(AKITA, 2025, PlanArea.CORE, 3).measure();
        assertThat(after.kpis().get(1))
                .isEqualTo(new PlanKpi("SS_AVERAGE_DAYS", 2, Optional.of("平均7日以内を維持し、6日台を目指す。")));
        assertThat(after.kpis().get(0)).isEqualTo(before.measure().kpis().get(0));
        assertThat(changeLog.history("plan_measure", "05/2025/基盤的保険者機能/3"))
                .last()
                .satisfies(c -> {
                    assertThat(c.changedBy()).isEqualTo("honbu");
                    assertThat(c.after()).containsEntry("kpi.SS_AVERAGE_DAYS.target_reasoning", "平均7日以内を維持し、6日台を目指す。");
                });
    }

    @Test
    void a_save_over_a_change_made_since_the_form_was_read_is_refused_with_the_current_values() throws Exception {
        MockHttpServletRequestBuilder stale = planForm(AKITA, 2025, PlanArea.CORE, 5)
                .param("title", "レセプト点検の強化（古い画面から）")
                .request();
        DemoUsers.send(
                        mvc,
                        planForm(AKITA, 2025, PlanArea.CORE, 5)
                                .param("planText", "・点検を強化する。")
                                .request(),
                        "honbu")
                .andExpect(status().is3xxRedirection());
        PlanRepository.StoredMeasure now = stored(AKITA, 2025, PlanArea.CORE, 5);

        String html = DemoUsers.submit(mvc, stale, "honbu", status().isConflict());

        assertThat(html)
                .contains("他の人が先に更新しました", "id=\"conflict-message\"", "・点検を強化する。", "本部 企画部（デモ）")
                .contains("value=\"" + now.version() + "\"", "レセプト点検の強化（古い画面から）");
        assertThat(stored(AKITA, 2025, PlanArea.CORE, 5)).isEqualTo(now);
        // Removing it over that change is refused the same way.
        DemoUsers.send(
                        mvc,
                        post("/plan/measure/delete?branch=05&year=2025&area=CORE&measure=5")
                                .param("version", Integer.toString(now.version() - 1)),
                        "honbu")
                .andExpect(status().isConflict());
        assertThat(stored(AKITA, 2025, PlanArea.CORE, 5)).isEqualTo(now);
    }

    @Test
    void another_branchs_editor_and_a_viewer_may_not_start_add_edit_or_remove() throws Exception {
        PlanRepository.StoredMeasure before = stored(AKITA, 2025, PlanArea.CORE, 1);
        DemoUsers.send(mvc, post("/plan/start?branch=05&year=2026"), "tochigi").andExpect(status().isForbidden());
        DemoUsers.send(
                        mvc,
                        post("/plan/measures?branch=05&year=2025")
                                .param("area", "CORE")
                                .param("title", "題"),
                        "tochigi")
                .andExpect(status().isForbidden());
        mvc.perform(get(measureUrl("/plan/measure", "05", 2025, PlanArea.CORE, 1))
                        .with(DemoUsers.as("tochigi")))
                .andExpect(status().isForbidden());
        DemoUsers.send(
                        mvc,
                        planForm(AKITA, 2025, PlanArea.CORE, 1)
                                .param("title", "他支部が変えた")
                                .request(),
                        "tochigi")
                .andExpect(status().isForbidden());
        DemoUsers.send(
                        mvc,
                        post("/plan/measure/delete?branch=05&year=2025&area=CORE&measure=1")
                                .param("version", Integer.toString(before.version())),
                        "tochigi")
                .andExpect(status().isForbidden());
        assertThat(DemoUsers.page(mvc, "/plan?branch=05&year=2025", "tochigi"))
                .doesNotContain("id=\"plan-tools\"", "/plan/measure");

        DemoUsers.send(mvc, post("/plan/start?branch=09&year=2024"), "etsuran").andExpect(status().isForbidden());
        DemoUsers.send(
                        mvc,
                        planForm(AKITA, 2025, PlanArea.CORE, 1)
                                .param("title", "閲覧者が変えた")
                                .request(),
                        "etsuran")
                .andExpect(status().isForbidden());
        mvc.perform(get(measureUrl("/plan/measure", "05", 2025, PlanArea.CORE, 1))
                        .with(DemoUsers.as("etsuran")))
                .andExpect(status().isForbidden());
        assertThat(DemoUsers.page(mvc, "/plan?branch=05&year=2025", "etsuran"))
                .doesNotContain("id=\"plan-tools\"", "start-from-previous", "/plan/measure");

        assertThat(stored(AKITA, 2025, PlanArea.CORE, 1)).isEqualTo(before);
        assertThat(plans.find(AKITA, FiscalYear.of(2026))).isEmpty();
    }

    /** Puts the branch's report in the submitted state, as a branch editor's 提出 does. */
    private void submit(OrgCode branch, int year, SubmissionKind kind) {
        Submission open = submissions.find(branch, FiscalYear.of(year), kind);
        Submission.Accepted step = (Submission.Accepted)
                open.submit(Actor.branchEditor("tochigi", branch), ApprovalRoute.DIRECT, List.of(), Instant.now());
        submissions.append(step.next(), step.event());
    }

    @Test
    void a_submitted_plan_report_freezes_the_plans_side_and_a_submitted_year_end_report_its_year_end_side()
            throws Exception {
        submissions.setRoute(TOCHIGI, ApprovalRoute.DIRECT);
        // The sample data has approved this plan (sampledata/SampleCycle): the test starts it over from 入力中.
        jdbc.sql("DELETE FROM submission_event WHERE org_code = '09' AND fiscal_year = 2023")
                .update();
        submit(TOCHIGI, 2023, SubmissionKind.PLAN);
        String why = "栃木支部の令和5年度 事業計画・目標は提出済のため変更できません";
        PlanRepository.StoredMeasure before = stored(TOCHIGI, 2023, PlanArea.CORE, 2);

        String page = DemoUsers.page(mvc, "/plan?branch=09&year=2023", "tochigi");
        assertThat(page)
                .contains("id=\"plan-frozen\"", why, "id=\"edit-CORE-2\"")
                .doesNotContain("id=\"add-measure-form\"", "id=\"plan-CORE-2\"", "/plan/measure?");
        assertThat(DemoUsers.page(mvc, measureUrl("/plan/measure", "09", 2023, PlanArea.CORE, 2), "tochigi"))
                .contains("id=\"plan-frozen\"", why)
                .doesNotContain("id=\"save\"", "id=\"delete-measure\"");

        assertThat(DemoUsers.submit(
                        mvc,
                        planForm(TOCHIGI, 2023, PlanArea.CORE, 2)
                                .param("kpis[0].targetReasoning", "変えた考え方")
                                .request(),
                        "tochigi",
                        status().isForbidden()))
                .contains(why);
        DemoUsers.send(
                        mvc,
                        post("/plan/measures?branch=09&year=2023")
                                .param("area", "CORE")
                                .param("title", "題"),
                        "honbu")
                .andExpect(status().isForbidden());
        DemoUsers.send(
                        mvc,
                        post("/plan/measure/delete?branch=09&year=2023&area=CORE&measure=2")
                                .param("version", Integer.toString(before.version())),
                        "honbu")
                .andExpect(status().isForbidden());
        assertThat(stored(TOCHIGI, 2023, PlanArea.CORE, 2)).isEqualTo(before);
        assertThat(plans.storedMeasures(TOCHIGI, FiscalYear.of(2023)))
                .hasSize(plans.find(TOCHIGI, FiscalYear.of(2023))
                        .orElseThrow()
                        .measures()
                        .size());

        // The year-end side stays open until its own report is submitted.
        Form yearEnd = new Form(measureUrl("/plan/edit", "09", 2023, PlanArea.CORE, 2))
                .param("doneText", "・遵守した。")
                .param("issues", "")
                .param("selfEvaluation", "")
                .param("selfEvaluationReason", "")
                .param("version", Integer.toString(before.version()));
        DemoUsers.send(mvc, yearEnd.request(), "tochigi").andExpect(status().is3xxRedirection());
        PlanRepository.StoredMeasure reported = stored(TOCHIGI, 2023, PlanArea.CORE, 2);
        assertThat(reported.measure().doneText()).isEqualTo("・遵守した。");

        submit(TOCHIGI, 2023, SubmissionKind.YEAR_END);
        String yearEndWhy = "栃木支部の令和5年度 年度実績・自己評価は提出済のため変更できません";
        assertThat(DemoUsers.page(mvc, measureUrl("/plan/edit", "09", 2023, PlanArea.CORE, 2), "tochigi"))
                .contains("id=\"year-end-frozen\"", yearEndWhy)
                .doesNotContain("id=\"save\"");
        assertThat(DemoUsers.page(mvc, "/plan?branch=09&year=2023", "tochigi"))
                .contains(yearEndWhy)
                .doesNotContain("id=\"edit-CORE-2\"");
        assertThat(DemoUsers.submit(
                        mvc,
                        yearEnd.param("doneText", "・変えた。")
                                .param("version", Integer.toString(reported.version()))
                                .request(),
                        "tochigi",
                        status().isForbidden()))
                .contains(yearEndWhy);
        assertThat(stored(TOCHIGI, 2023, PlanArea.CORE, 2)).isEqualTo(reported);
    }
}
