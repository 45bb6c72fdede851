package jp.kenpokpi.plan;

import static jp.kenpokpi.plan.PlanColumn.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a row of the plan CSV holds, and which columns that kind of row fills. */
enum PlanRecord {
    MEASURE(
            "measure",
            "施策",
            EnumSet.of(
                    GROUP,
                    TITLE,
                    PLAN_TEXT,
                    DONE_TEXT,
                    ISSUES,
                    IMPORTANCE_REASON,
                    DIFFICULTY_REASON,
                    SELF_EVALUATION,
                    SELF_EVALUATION_REASON,
                    SOURCE)),
    ACTION("action", "取組", EnumSet.of(ACTION_NO, PLAN_TEXT, DONE_TEXT, MARK, SOURCE)),
    KPI("kpi", "KPI", EnumSet.of(KPI_CODE, ITEM_NO, TARGET_REASONING, SOURCE));

    /** Every row names its plan and its measure. */
    private static final Set<PlanColumn> ALWAYS = EnumSet.of(BRANCH_CODE, FISCAL_YEAR, RECORD, AREA, MEASURE_NO);

    private final String code;
    private final String nameJa;
    private final Set<PlanColumn> columns;

    PlanRecord(String code, String nameJa, Set<PlanColumn> columns) {
        this.code = code;
        this.nameJa = nameJa;
        this.columns = columns;
    }

    String code() {
        return code;
    }

    String nameJa() {
        return nameJa;
    }

    boolean uses(PlanColumn column) {
        return ALWAYS.contains(column) || columns.contains(column);
    }

    static Optional<PlanRecord> parse(String text) {
        String s = text.strip();
        return Arrays.stream(values())
                .filter(r -> r.code.equalsIgnoreCase(s) || r.nameJa.equalsIgnoreCase(s))
                .findFirst();
    }
}
