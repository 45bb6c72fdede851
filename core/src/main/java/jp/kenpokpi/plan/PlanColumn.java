package jp.kenpokpi.plan;

import java.util.Set;

import jp.kenpokpi.interchange.ImportCsv;

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

    @Override
    public boolean required() {
        return REQUIRED.contains(this);
    }
}
