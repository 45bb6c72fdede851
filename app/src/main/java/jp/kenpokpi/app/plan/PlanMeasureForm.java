package jp.kenpokpi.app.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.MeasurePlan;

/**
 * A measure's plan as typed on its plan page: its texts, its actions and KPIs each with a 削除 box, and one empty row
 * of each to add. The rules are the domain's ({@link MeasurePlan#problems}); this only maps rows to fields.
 */
public class PlanMeasureForm {

    private String group;
    private String title;
    private String planText;
    private String importanceReason;
    private String difficultyReason;
    private List<ActionRow> actions = new ArrayList<>();
    private List<KpiRow> kpis = new ArrayList<>();

    @NotNull(message = "{entry.version}")
    @PositiveOrZero(message = "{entry.version}")
    private Integer version;

    /** An action as planned; number 0 is the empty row that adds one. */
    public static class ActionRow {
        private int number;
        private String planText;
        private boolean remove;

        public int getNumber() {
            return number;
        }

        public void setNumber(int number) {
            this.number = number;
        }

        public String getPlanText() {
            return planText;
        }

        public void setPlanText(String planText) {
            this.planText = planText;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        boolean kept() {
            return !remove && !(number == 0 && blank(planText));
        }
    }

    /** A KPI of the measure; a row with nothing chosen or typed adds nothing. */
    public static class KpiRow {
        private String kpiCode;
        private String itemNo;
        private String targetReasoning;
        private boolean remove;

        public String getKpiCode() {
            return kpiCode;
        }

        public void setKpiCode(String kpiCode) {
            this.kpiCode = kpiCode;
        }

        public String getItemNo() {
            return itemNo;
        }

        public void setItemNo(String itemNo) {
            this.itemNo = itemNo;
        }

        public String getTargetReasoning() {
            return targetReasoning;
        }

        public void setTargetReasoning(String targetReasoning) {
            this.targetReasoning = targetReasoning;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        boolean kept() {
            return !remove && !(blank(kpiCode) && blank(itemNo) && blank(targetReasoning));
        }
    }

    static PlanMeasureForm of(PlanRepository.StoredMeasure stored) {
        Measure m = stored.measure();
        MeasurePlan plan = MeasurePlan.of(m);
        PlanMeasureForm form = new PlanMeasureForm();
        form.group = plan.group();
        form.title = plan.title();
        form.planText = plan.planText();
        form.importanceReason = plan.importanceReason();
        form.difficultyReason = plan.difficultyReason();
        plan.actions().forEach(a -> {
            ActionRow row = new ActionRow();
            row.number = a.number();
            row.planText = a.planText();
            form.actions.add(row);
        });
        plan.kpis().forEach(k -> {
            KpiRow row = new KpiRow();
            row.kpiCode = k.kpiCode();
            row.itemNo = k.item();
            row.targetReasoning = k.targetReasoning();
            form.kpis.add(row);
        });
        form.version = stored.version();
        return form.withEmptyRows();
    }

    /** One empty action and KPI row to add with, after those typed. */
    PlanMeasureForm withEmptyRows() {
        if (actions.stream().noneMatch(a -> a.number == 0 && blank(a.planText))) actions.add(new ActionRow());
        if (kpis.stream().noneMatch(k -> !k.kept() && !k.remove)) kpis.add(new KpiRow());
        return this;
    }

    MeasurePlan toPlan() {
        return new MeasurePlan(
                group,
                title,
                planText,
                importanceReason,
                difficultyReason,
                actions.stream()
                        .filter(ActionRow::kept)
                        .map(a -> new MeasurePlan.ActionPlan(a.number, a.planText))
                        .toList(),
                kpis.stream()
                        .filter(KpiRow::kept)
                        .map(k -> new MeasurePlan.KpiLink(k.kpiCode, k.itemNo, k.targetReasoning))
                        .toList());
    }

    /** The form field a problem of {@link #toPlan()} belongs to: its row counted among all rows typed. */
    String field(MeasurePlan.Problem p) {
        return switch (p.field()) {
            case GROUP -> "group";
            case TITLE -> "title";
            case PLAN_TEXT -> "planText";
            case IMPORTANCE_REASON -> "importanceReason";
            case DIFFICULTY_REASON -> "difficultyReason";
            case ACTION_PLAN_TEXT -> "actions[" + row(actions, ActionRow::kept, p.row()) + "].planText";
            case KPI_CODE -> "kpis[" + row(kpis, KpiRow::kept, p.row()) + "].kpiCode";
            case KPI_ITEM -> "kpis[" + row(kpis, KpiRow::kept, p.row()) + "].itemNo";
            case KPI_REASONING -> "kpis[" + row(kpis, KpiRow::kept, p.row()) + "].targetReasoning";
        };
    }

    private static <T> int row(List<T> rows, java.util.function.Predicate<T> kept, int keptIndex) {
        int seen = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (kept.test(rows.get(i)) && ++seen == keptIndex) return i;
        }
        throw new IllegalArgumentException("no kept row " + keptIndex);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlanText() {
        return planText;
    }

    public void setPlanText(String planText) {
        this.planText = planText;
    }

    public String getImportanceReason() {
        return importanceReason;
    }

    public void setImportanceReason(String importanceReason) {
        this.importanceReason = importanceReason;
    }

    public String getDifficultyReason() {
        return difficultyReason;
    }

    public void setDifficultyReason(String difficultyReason) {
        this.difficultyReason = difficultyReason;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public void setActions(List<ActionRow> actions) {
        this.actions = actions;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public void setKpis(List<KpiRow> kpis) {
        this.kpis = kpis;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
