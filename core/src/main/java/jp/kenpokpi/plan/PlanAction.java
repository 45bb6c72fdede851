package jp.kenpokpi.plan;

import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;

/**
 * 具体的取組: a concrete action within a measure, as planned and as done.
 *
 * @param number   the action's number within its measure (1 for ①)
 * @param planText what the plan says will be done
 * @param doneText what was done (実施状況), blank until reported
 * @param mark     the branch's mark for an action that has no KPI of its own; an action measured by a KPI takes the
 *                 KPI's mark instead
 */
public record PlanAction(int number, String planText, String doneText, Optional<Mark> mark) {

    static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    public PlanAction {
        if (number < 1) throw new IllegalArgumentException("action number < 1: " + number);
        planText = planText == null ? "" : planText.strip();
        doneText = doneText == null ? "" : doneText.strip();
    }

    /** ① as the reports number actions; (21) past twenty. */
    public String label() {
        return number <= CIRCLED.length() ? String.valueOf(CIRCLED.charAt(number - 1)) : "(" + number + ")";
    }
}
