package jp.kenpokpi.app.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.MeasureReport;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.value.FieldLimits;

/**
 * The measure edit form as typed. Bean Validation checks lengths (those of docs/PLAN.md) and the choices; the
 * self-evaluation's rules are the domain's ({@link MeasureReport#problems()}).
 */
public class PlanEditForm {

    @Size(max = FieldLimits.PLAN_TEXT, message = "{entry.size}")
    private String doneText;

    @Size(max = FieldLimits.PLAN_TEXT, message = "{entry.size}")
    private String issues;

    @Pattern(regexp = "[SABCD]?", message = "{entry.selfEvaluation.pattern}")
    private String selfEvaluation;

    @Size(max = FieldLimits.PLAN_REASON, message = "{entry.size}")
    private String selfEvaluationReason;

    @Valid
    private List<ActionEntry> actions = new ArrayList<>();

    @NotNull(message = "{entry.version}")
    @PositiveOrZero(message = "{entry.version}")
    private Integer version;

    /** One action's row of the form. */
    public static class ActionEntry {

        private int number;

        @Size(max = FieldLimits.PLAN_TEXT, message = "{entry.size}")
        private String doneText;

        @Pattern(regexp = "(EXCEEDED|AS_PLANNED|BELOW_PLAN|NOT_CARRIED_OUT)?", message = "{plan.mark.pattern}")
        private String mark;

        public int getNumber() {
            return number;
        }

        public void setNumber(int number) {
            this.number = number;
        }

        public String getDoneText() {
            return doneText;
        }

        public void setDoneText(String doneText) {
            this.doneText = doneText;
        }

        public String getMark() {
            return mark;
        }

        public void setMark(String mark) {
            this.mark = mark;
        }
    }

    static PlanEditForm of(PlanRepository.StoredMeasure stored) {
        Measure m = stored.measure();
        PlanEditForm form = new PlanEditForm();
        form.doneText = m.doneText();
        form.issues = m.issues();
        form.selfEvaluation = m.selfEvaluation().map(Enum::name).orElse("");
        form.selfEvaluationReason = m.selfEvaluationReason();
        for (PlanAction a : m.actions()) {
            ActionEntry entry = new ActionEntry();
            entry.number = a.number();
            entry.doneText = a.doneText();
            entry.mark = a.mark().map(Enum::name).orElse("");
            form.actions.add(entry);
        }
        form.version = stored.version();
        return form;
    }

    MeasureReport toReport() {
        Map<Integer, MeasureReport.ActionReport> reports = new LinkedHashMap<>();
        for (ActionEntry a : actions) {
            reports.put(
                    a.number,
                    new MeasureReport.ActionReport(
                            a.doneText,
                            Optional.ofNullable(a.mark)
                                    .filter(s -> !s.isBlank())
                                    .map(Mark::valueOf)));
        }
        return new MeasureReport(doneText, issues, SelfEvaluation.parse(selfEvaluation), selfEvaluationReason, reports);
    }

    public String getDoneText() {
        return doneText;
    }

    public void setDoneText(String doneText) {
        this.doneText = doneText;
    }

    public String getIssues() {
        return issues;
    }

    public void setIssues(String issues) {
        this.issues = issues;
    }

    public String getSelfEvaluation() {
        return selfEvaluation;
    }

    public void setSelfEvaluation(String selfEvaluation) {
        this.selfEvaluation = selfEvaluation;
    }

    public String getSelfEvaluationReason() {
        return selfEvaluationReason;
    }

    public void setSelfEvaluationReason(String selfEvaluationReason) {
        this.selfEvaluationReason = selfEvaluationReason;
    }

    public List<ActionEntry> getActions() {
        return actions;
    }

    public void setActions(List<ActionEntry> actions) {
        this.actions = actions;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
