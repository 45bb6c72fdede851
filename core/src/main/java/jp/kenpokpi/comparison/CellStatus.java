package jp.kenpokpi.comparison;

import jp.kenpokpi.evaluation.KpiEvaluation;

/**
 * How a cell of the comparison table is coloured: the achievement of the Evaluator folded into the four states a
 * reader compares across branches. How a state is drawn is the application's (its web/Styles).
 */
public enum CellStatus {
    ACHIEVED("達成"),
    MISSED("未達成"),
    NO_RESULT("実績なし"),
    NOT_COMPARABLE("比較不可");

    private final String nameJa;

    CellStatus(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /**
     * A result without a target has nothing to be measured against, so it is shown as not comparable, like a
     * relative target whose prior year is missing or under another definition.
     */
    public static CellStatus of(KpiEvaluation evaluation) {
        return switch (evaluation.outcome().achievement()) {
            case EXCEEDED, MET -> ACHIEVED;
            case MISSED, NOT_CARRIED_OUT -> MISSED;
            case NO_RESULT -> NO_RESULT;
            case NOT_COMPARABLE -> NOT_COMPARABLE;
            case NO_TARGET -> evaluation.result().isPresent() ? NOT_COMPARABLE : NO_RESULT;
        };
    }
}
