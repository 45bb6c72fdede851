package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;

/**
 * What a KPI must reach in a year. Each kind of target is a named type that carries everything about itself: its
 * text ({@link #describeJa}), the value and side it sets ({@link #threshold}) and how it judges a result
 * ({@link #evaluate}), the outcome with its reason in words. The methods are abstract, so a new kind that forgets
 * one does not compile (the recipe is in docs/ARCHITECTURE.md).
 */
public sealed interface TargetRule
        permits ValueTarget,
                WithinDays,
                Frequency,
                RelativeToPriorYear,
                Done,
                GenericDrugRule,
                SmallTenderException,
                Dropped {

    /** The target as the reports print it: 71.7%以上, 対前年度以上, 実施. */
    String describeJa();

    TargetKind kind();

    TargetOutcome evaluate(Facts facts);

    /**
     * The value this rule sets and its side, before any result is known: the target value itself, or the prior
     * year's final value for a relative target. Empty for an action (実施), a dropped KPI, or a relative target
     * without a comparable prior year.
     */
    Optional<Threshold> threshold(PriorYearResult priorYear);

    /** The common first step: no result means no judgement. */
    static TargetOutcome noResult(TargetKind kind) {
        return TargetOutcome.without(Achievement.NO_RESULT, kind, "実績なし（未入力）");
    }

    /** Compares the result with a value target, or says there is no result yet. */
    static TargetOutcome compare(Facts facts, Bound bound, BigDecimal target, TargetKind kind, String targetJa) {
        return facts.actual()
                .map(actual -> bound.compare(facts, actual, target, kind, targetJa))
                .orElseGet(() -> noResult(kind));
    }
}
