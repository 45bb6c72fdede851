package jp.kenpokpi.app.targetsetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.plan.PlanRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.targetsetting.ProposalState;
import jp.kenpokpi.targetsetting.TargetProposal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 目標の提案 through the web: where headquarters lets branches propose, Tochigi proposes a target with its
 * reasoning, headquarters returns it with a comment, Tochigi proposes again and headquarters accepts it.
 */
@SampleDataTest
class TargetProposalPageIT {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final String KPI = "SS_ACHIEVEMENT";
    private static final String PAGE = "/targets/proposals?branch=09&year=2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    TargetSettingRepository settings;

    @Autowired
    KpiRecordRepository records;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    PlanRepository plans;

    @BeforeEach
    void branchesProposeForTheKpi() throws Exception {
        DemoUsers.send(
                        mvc,
                        post("/targets/column")
                                .param("year", "2026")
                                .param("kpi", KPI)
                                .param("branchesPropose", "true")
                                .param(
                                        "version_" + KPI,
                                        settings.findSetting(FY2026, KPI)
                                                .map(s -> Integer.toString(s.version()))
                                                .orElse("")),
                        "honbu")
                .andExpect(status().is3xxRedirection());
    }

    private Optional<TargetProposal> proposal() {
        return settings.findProposal(TOCHIGI, FY2026, KPI).map(s -> s.value());
    }

    private String version() {
        return settings.findProposal(TOCHIGI, FY2026, KPI)
                .map(s -> Integer.toString(s.version()))
                .orElse("");
    }

    private MockHttpServletRequestBuilder propose(String target, String reasoning) {
        return post("/targets/proposals")
                .param("branch", "09")
                .param("year", "2026")
                .param("kpi", KPI)
                .param("target", target)
                .param("reasoning", reasoning)
                .param("version", version());
    }

    private MockHttpServletRequestBuilder decide(String decision, String comment) {
        return post("/targets/proposals/decision")
                .param("branch", "09")
                .param("year", "2026")
                .param("kpi", KPI)
                .param("decision", decision)
                .param("comment", comment)
                .param("version", version());
    }

    @Test
    void aProposalIsReturnedWithAReasonProposedAgainAndAcceptedIntoTheTarget() throws Exception {
        assertThat(DemoUsers.page(mvc, PAGE, "tochigi")).contains("サービススタンダードの達成状況", "未提案", "提案する");

        String noReasoning =
                DemoUsers.submit(mvc, propose("97.0%以上", " "), "tochigi", status().isUnprocessableContent());
        assertThat(noReasoning).contains("設定に当たっての考え方を入力してください");
        assertThat(proposal()).isEmpty();

        DemoUsers.send(mvc, propose("97.0%以上", "前年度実績96.5%を上回る水準とした"), "tochigi")
                .andExpect(redirectedUrl(PAGE));
        assertThat(proposal().orElseThrow().state()).isEqualTo(ProposalState.PROPOSED);

        String noComment = DemoUsers.submit(mvc, decide("return", ""), "honbu", status().isConflict());
        assertThat(noComment).contains("差戻しの理由（コメント）を入力してください");
        DemoUsers.send(mvc, decide("return", "全国平均との比較を考え方に加えてください"), "honbu").andExpect(status().is3xxRedirection());
        assertThat(proposal().orElseThrow().state()).isEqualTo(ProposalState.RETURNED);
        assertThat(DemoUsers.page(mvc, PAGE, "tochigi")).contains("差戻し", "本部: 全国平均との比較を考え方に加えてください", "提案し直す");

        DemoUsers.send(mvc, propose("97.0%以上", "前年度実績96.5%、全国平均95.8%を上回る水準とした"), "tochigi")
                .andExpect(redirectedUrl(PAGE));
        assertThat(records.findTarget(TOCHIGI, FY2026, KPI)).isEmpty();
        DemoUsers.send(mvc, decide("accept", ""), "honbu").andExpect(status().is3xxRedirection());

        assertThat(proposal().orElseThrow().state()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(records.findTarget(TOCHIGI, FY2026, KPI)
                        .orElseThrow()
                        .value()
                        .text())
                .isEqualTo("97.0%以上");
        assertThat(changeLog.history(TargetProposalService.TABLE, "09/2026/" + KPI))
                .extracting(c -> c.after().get("state"))
                .containsExactly("提案中", "差戻し", "提案中", "承認");
        String grid = DemoUsers.page(mvc, "/targets?year=2026", "honbu");
        assertThat(grid).contains("提案（承認）");
        // The branch's target history of the year: the proposal's steps and the target it set, who and how.
        String history = DemoUsers.page(mvc, "/targets/history?branch=09&year=2026", "tochigi");
        assertThat(history)
                .contains("栃木支部 令和8年度（2026年度） 目標の変更履歴", "支部の提案", "状態", "差戻し", "コメント")
                .contains("全国平均との比較を考え方に加えてください", "目標設定の考え方", "97.0%以上", "（画面）");
    }

    @Test
    void aBranchProposesOnlyForItselfAndOnlyWhereHeadquartersLetsBranchesPropose() throws Exception {
        Optional<TargetProposal> before = proposal();
        DemoUsers.send(
                        mvc,
                        post("/targets/proposals")
                                .param("branch", "05")
                                .param("year", "2026")
                                .param("kpi", KPI)
                                .param("target", "97.0%以上")
                                .param("reasoning", "秋田の代わりに"),
                        "tochigi")
                .andExpect(status().isForbidden());
        String notOpen = DemoUsers.submit(
                mvc,
                post("/targets/proposals")
                        .param("branch", "09")
                        .param("year", "2026")
                        .param("kpi", "SINGLE_BID_RATE")
                        .param("target", "20%以下")
                        .param("reasoning", "…"),
                "tochigi",
                status().isUnprocessableContent());
        assertThat(notOpen).contains("本部が全支部の目標を定めるKPIです");
        DemoUsers.send(mvc, propose("98.0%以上", "本部が代わりに"), "honbu").andExpect(status().isForbidden());
        assertThat(proposal()).isEqualTo(before);
        assertThat(settings.findProposal(OrgCode.of("05"), FY2026, KPI)).isEmpty();
    }

    @Test
    void anAcceptedProposalsReasoningGoesIntoThePlanThatNamesTheKpi() throws Exception {
        // Tochigi starts FY2024's plan from FY2023's, which names SS_ACHIEVEMENT as its (1).
        DemoUsers.send(mvc, post("/plan/start?branch=09&year=2024"), "tochigi").andExpect(status().is3xxRedirection());
        DemoUsers.send(
                        mvc,
                        post("/targets/column")
                                .param("year", "2024")
                                .param("kpi", KPI)
                                .param("branchesPropose", "true"),
                        "honbu")
                .andExpect(status().is3xxRedirection());
        DemoUsers.send(
                        mvc,
                        post("/targets/proposals")
                                .param("branch", "09")
                                .param("year", "2024")
                                .param("kpi", KPI)
                                .param("target", "100%")
                                .param("reasoning", "全件を10日以内に支給する体制を維持する"),
                        "tochigi")
                .andExpect(status().is3xxRedirection());
        DemoUsers.send(
                        mvc,
                        post("/targets/proposals/decision")
                                .param("branch", "09")
                                .param("year", "2024")
                                .param("kpi", KPI)
                                .param("decision", "accept")
                                .param("version", "0"),
                        "honbu")
                .andExpect(flash().attribute("flashMessage", "栃木支部の提案を承認しました（目標と事業計画の「設定に当たっての考え方」に反映しました）"));

        PlanKpi planned = plans.find(TOCHIGI, FiscalYear.of(2024)).orElseThrow().measures().stream()
                .flatMap(m -> m.kpis().stream())
                .filter(k -> k.kpiCode().equals(KPI))
                .findFirst()
                .orElseThrow();
        assertThat(planned.targetReasoning()).contains("全件を10日以内に支給する体制を維持する");
        assertThat(records.findTarget(TOCHIGI, FiscalYear.of(2024), KPI)
                        .orElseThrow()
                        .value()
                        .text())
                .isEqualTo("100%");
    }

    @Test
    void theSampleDataHoldsAkitasRealTargetsAsAcceptedProposalsAndTwoWaiting() throws Exception {
        FiscalYear fy2025 = FiscalYear.of(2025);
        List<TargetProposal> proposals = settings.proposals(fy2025);
        List<PlanKpi> reasoned = plans.find(OrgCode.of("05"), fy2025).orElseThrow().measures().stream()
                .flatMap(m -> m.kpis().stream())
                .filter(k -> k.targetReasoning().isPresent())
                .toList();
        assertThat(reasoned).isNotEmpty();
        for (PlanKpi k : reasoned) {
            TargetProposal akita = proposals.stream()
                    .filter(p -> p.branch().value().equals("05") && p.kpiCode().equals(k.kpiCode()))
                    .findFirst()
                    .orElseThrow();
            assertThat(akita.state()).isEqualTo(ProposalState.ACCEPTED);
            assertThat(akita.reasoning()).isEqualTo(k.targetReasoning().orElseThrow());
            assertThat(akita.targetText())
                    .isEqualTo(records.findTarget(OrgCode.of("05"), fy2025, k.kpiCode())
                            .orElseThrow()
                            .value()
                            .text());
        }
        assertThat(proposals)
                .filteredOn(p -> p.state() == ProposalState.PROPOSED)
                .extracting(p -> p.branch().value())
                .containsExactly("02", "03");
        assertThat(proposals)
                .filteredOn(p -> p.state() == ProposalState.PROPOSED)
                .allSatisfy(p -> assertThat(p.reasoning()).startsWith("【架空のサンプル】"));
        String page = DemoUsers.page(mvc, "/targets/proposals?year=2025", "honbu");
        assertThat(page).contains("青森支部", "岩手支部", "提案中", "class=\"accept\"");
    }
}
