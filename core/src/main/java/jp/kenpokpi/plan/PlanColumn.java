package jp.kenpokpi.plan;

import java.util.Set;
import jp.kenpokpi.interchange.ImportCsv;
import jp.kenpokpi.value.FieldLimits;

/**
 * The columns of the business plan CSV (docs/PLAN.md). A row is a measure, an action or a KPI of a measure
 * ({@link #RECORD}); each kind fills its own columns and leaves the others blank.
 */
public enum PlanColumn implements ImportCsv.Column {
    BRANCH_CODE,
    FISCAL_YEAR,
    RECORD,
    AREA,
    MEASURE_NO,
    GROUP,
    TITLE,
    ACTION_NO,
    KPI_CODE,
    ITEM_NO,
    PLAN_TEXT,
    DONE_TEXT,
    ISSUES,
    IMPORTANCE_REASON,
    DIFFICULTY_REASON,
    SELF_EVALUATION,
    SELF_EVALUATION_REASON,
    MARK,
    TARGET_REASONING,
    SOURCE;

    private static final Set<PlanColumn> REQUIRED = Set.of(BRANCH_CODE, FISCAL_YEAR, RECORD, AREA, MEASURE_NO);

    /** Texts as long as their columns in plan_measure, plan_action and plan_kpi (V5) or shorter (docs/PLAN.md); the rest are codes. */
    @Override
    public FieldLimits.Text limit() {
        return switch (this) {
            case GROUP -> FieldLimits.Text.PLAN_GROUP;
            case TITLE -> FieldLimits.Text.PLAN_TITLE;
            case PLAN_TEXT, DONE_TEXT, ISSUES -> FieldLimits.Text.PLAN_TEXT;
            case IMPORTANCE_REASON, DIFFICULTY_REASON, SELF_EVALUATION_REASON, TARGET_REASONING ->
                FieldLimits.Text.PLAN_REASON;
            case MARK -> FieldLimits.Text.PLAN_MARK;
            case SOURCE -> FieldLimits.Text.SOURCE;
            default -> FieldLimits.Text.CODE;
        };
    }

    @Override
    public boolean required() {
        return REQUIRED.contains(this);
    }
}
