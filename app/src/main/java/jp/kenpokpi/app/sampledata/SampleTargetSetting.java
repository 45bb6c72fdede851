package jp.kenpokpi.app.sampledata;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.plan.PlanRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.targetsetting.TargetProposalService;
import jp.kenpokpi.app.targetsetting.TargetSettingService;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.sampledata.SampleCycle;
import org.springframework.stereotype.Component;

/**
 * The sample data's 目標設定 of FY2025, taken through the same services as a user's steps: Akita's plan gives its
 * reasoning (設定に当たっての考え方) for the targets it set itself, so headquarters lets the branches propose those
 * KPIs and Akita's real targets stand as its accepted proposals; two branches' proposals (架空, labelled so) wait for
 * headquarters, so its demo user has something to decide.
 */
@Component
class SampleTargetSetting {

    static final OrgCode AKITA = OrgCode.of("05");
    /** 青森, 岩手: their proposals wait for headquarters. */
    static final List<OrgCode> WAITING = List.of(OrgCode.of("02"), OrgCode.of("03"));

    static final String WAITING_REASONING = "【架空のサンプル】前年度の実績と全国平均を踏まえ、前年度の目標を維持する水準として提案します。";

    private final PlanRepository plans;
    private final KpiRecordRepository records;
    private final TargetSettingService targets;
    private final TargetProposalService proposals;

    SampleTargetSetting(
            PlanRepository plans,
            KpiRecordRepository records,
            TargetSettingService targets,
            TargetProposalService proposals) {
        this.plans = plans;
        this.records = records;
        this.targets = targets;
        this.proposals = proposals;
    }

    /** Inside the loader's transaction, after the plans: nothing to do without Akita's FY2025 plan. */
    void load() {
        FiscalYear year = SampleCycle.FY2025;
        Optional<BusinessPlan> plan = plans.find(AKITA, year);
        if (plan.isEmpty()) return;
        List<PlanKpi> reasoned = plan.get().measures().stream()
                .flatMap(m -> m.kpis().stream())
                .filter(k -> k.targetReasoning().isPresent())
                .filter(k -> records.findTarget(AKITA, year, k.kpiCode()).isPresent())
                .toList();
        UserAccount headquarters = new UserAccount(SampleDataLoader.USER, "サンプルデータ", Role.HQ_ADMIN, Optional.empty());
        for (PlanKpi kpi : reasoned) {
            TargetSettingService.Saved saved =
                    targets.setColumn(headquarters, year, kpi.kpiCode(), Optional.empty(), true, Optional.empty());
            if (!saved.ok()) throw new IllegalStateException("サンプルの目標設定に失敗しました: " + saved.problems());
            propose(AKITA, year, kpi.kpiCode(), kpi.targetReasoning().orElseThrow());
            proposals.decide(headquarters, AKITA, year, kpi.kpiCode(), true, Optional.empty(), 0);
        }
        if (reasoned.isEmpty()) return;
        for (OrgCode branch : WAITING) propose(branch, year, reasoned.get(0).kpiCode(), WAITING_REASONING);
    }

    /** The branch proposes its target as stored (Akita's real one; a 架空 branch's synthetic one). */
    private void propose(OrgCode branch, FiscalYear year, String kpiCode, String reasoning) {
        UserAccount editor = new UserAccount(SampleDataLoader.USER, "サンプルデータ", Role.BRANCH_EDITOR, Optional.of(branch));
        String text =
                records.findTarget(branch, year, kpiCode).orElseThrow().value().text();
        proposals.propose(editor, branch, year, kpiCode, text, reasoning, Optional.empty());
    }
}
