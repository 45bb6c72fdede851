package jp.kenpokpi.submission;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/**
 * The reports a branch submits to headquarters for a fiscal year (提出), each with its deadline and what it needs to
 * be complete. The deadlines are the defaults the cycle runs on until headquarters sets its own dates per year.
 */
public enum SubmissionKind {
    /** 事業計画・目標: the plan with its targets, due before the year starts (the end of March before it). */
    PLAN("事業計画・目標", new PlanCompleteness()) {
        @Override
        public LocalDate deadline(FiscalYear year) {
            return year.firstDay().minusDays(1);
        }
    },
    /** 上期実施状況: the first half (April–September), due at the end of November of the year. */
    FIRST_HALF("上期実施状況", new FirstHalfCompleteness()) {
        @Override
        public LocalDate deadline(FiscalYear year) {
            return END_OF_NOVEMBER.atYear(year.value());
        }
    },
    /** 年度実績・自己評価: the year's results and self-evaluations, due at the end of June after the year. */
    YEAR_END("年度実績・自己評価", new YearEndCompleteness()) {
        @Override
        public LocalDate deadline(FiscalYear year) {
            return END_OF_JUNE.atYear(year.value() + 1);
        }
    };

    private static final MonthDay END_OF_NOVEMBER = MonthDay.of(11, 30);
    private static final MonthDay END_OF_JUNE = MonthDay.of(6, 30);
    /** The last month end of 上期 (April–September). */
    static final int FIRST_HALF_LAST_MONTH = 9;

    private final String nameJa;
    private final CompletenessCheck completeness;

    SubmissionKind(String nameJa, CompletenessCheck completeness) {
        this.nameJa = nameJa;
        this.completeness = completeness;
    }

    public String nameJa() {
        return nameJa;
    }

    /** The last day the report may be submitted on; it is overdue from the day after. */
    public abstract LocalDate deadline(FiscalYear year);

    /**
     * The report a result belongs to, which freezes it while submitted or approved: a year-end result to 年度実績, a
     * month end of 上期 (April–September of its year) to 上期実施状況; a later month end to none.
     */
    public static Optional<SubmissionKind> ofResult(FiscalYear year, Optional<AsOf> asOf) {
        if (asOf.isEmpty()) return Optional.of(YEAR_END);
        AsOf month = asOf.get();
        boolean firstHalf = month.fiscalYear().equals(year)
                && month.month().getMonthValue() >= 4
                && month.month().getMonthValue() <= FIRST_HALF_LAST_MONTH;
        return firstHalf ? Optional.of(FIRST_HALF) : Optional.empty();
    }

    /** What the report still lacks before the branch may submit it; empty when it is complete. */
    public List<MissingItem> missing(BranchYearData data) {
        return completeness.missing(data);
    }
}
