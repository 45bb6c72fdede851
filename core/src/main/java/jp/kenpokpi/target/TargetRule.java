package jp.kenpokpi.target;

/**
 * What a KPI must reach in a year. Each kind of target is a named type that judges a result itself; the outcome
 * carries its reason in words.
 */
public sealed interface TargetRule
        permits ValueTarget, WithinDays, Frequency, RelativeToPriorYear, Done, GenericDrugRule,
        SmallTenderException, Dropped {

    /** The target as the reports print it: 71.7%以上, 対前年度以上, 実施. */
    String describeJa();

    TargetKind kind();

    TargetOutcome evaluate(Facts facts);

    /** The common first step: no result means no judgement. */
    static TargetOutcome noResult(TargetKind kind) {
        return TargetOutcome.without(Achievement.NO_RESULT, kind, "実績なし（未入力）");
    }

    /** Compares the result with a value target, or says there is no result yet. */
    static TargetOutcome compare(Facts facts, Bound bound, java.math.BigDecimal target, TargetKind kind, String targetJa) {
        return facts.actual()
                .map(actual -> bound.compare(facts, actual, target, kind, targetJa))
                .orElseGet(() -> noResult(kind));
    }
}
