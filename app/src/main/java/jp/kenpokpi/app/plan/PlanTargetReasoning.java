package jp.kenpokpi.app.plan;

import java.util.Optional;
import jp.kenpokpi.app.plan.PlanRepository.StoredMeasure;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanKpi;
import org.springframework.stereotype.Service;

/**
 * Writes a KPI's 設定に当たっての考え方 into the branch's plan, where R6 prints it: the reasoning of a target
 * proposal headquarters accepted (目標設定) goes where the branch would have typed it on the measure's form.
 */
@Service
public class PlanTargetReasoning {

    private final PlanRepository plans;
    private final MeasureWriter writer;

    PlanTargetReasoning(PlanRepository plans, MeasureWriter writer) {
        this.plans = plans;
        this.writer = writer;
    }

    /**
     * Sets the KPI's reasoning in the measure that names it, inside the caller's transaction.
     *
     * @return false when the plan has no measure with the KPI (nothing is written)
     */
    public boolean write(UserAccount user, OrgCode org, FiscalYear year, String kpiCode, String reasoning) {
        Optional<StoredMeasure> holder = plans.storedMeasures(org, year).stream()
                .filter(m ->
                        m.measure().kpis().stream().anyMatch(k -> k.kpiCode().equals(kpiCode)))
                .findFirst();
        if (holder.isEmpty()) return false;
        Measure m = holder.get().measure();
        Measure changed = m.withKpis(m.kpis().stream()
                .map(k -> k.kpiCode().equals(kpiCode) ? new PlanKpi(k.kpiCode(), k.item(), Optional.of(reasoning)) : k)
                .toList());
        if (writer.update(user, holder.get(), changed) == MeasureWriter.Written.CONFLICT) {
            throw new IllegalStateException("事業計画の施策は他の人が先に変更しました。もう一度操作してください");
        }
        return true;
    }
}
