package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.value.ValueFormat;

/**
 * Headquarters' generic-drug rule: each branch sets its own year-end target towards 80%, but a branch whose share
 * was already at the threshold or above at the prior year end must only stay at least at the prior year
 * (ジェネリック医薬品使用割合が80％以上の支部については、年度末時点で対前年度以上とする).
 */
public record GenericDrugRule(TargetRule branchTarget, BigDecimal threshold) implements TargetRule {

    public static final BigDecimal THRESHOLD = new BigDecimal("80");

    @Override
    public String describeJa() {
        return branchTarget.describeJa() + "（前年度" + ValueFormat.number(threshold) + "%以上の支部は対前年度以上）";
    }

    @Override
    public TargetKind kind() {
        return branchTarget.kind();
    }

    @Override
    public TargetOutcome evaluate(Facts facts) {
        Optional<PriorYearResult.Known> atThreshold = atThreshold(facts.priorYear());
        if (atThreshold.isPresent()) {
            TargetOutcome outcome = RelativeToPriorYear.atLeast().evaluate(facts);
            return outcome.withReason(
                    "前年度末" + ValueFormat.amount(atThreshold.get().value(), facts.unit()) + "で"
                            + ValueFormat.number(threshold) + "%以上のため対前年度以上を適用。" + outcome.reason());
        }
        return branchTarget.evaluate(facts);
    }

    @Override
    public Optional<Threshold> threshold(PriorYearResult priorYear) {
        return atThreshold(priorYear).isPresent()
                ? RelativeToPriorYear.atLeast().threshold(priorYear)
                : branchTarget.threshold(priorYear);
    }

    /** The prior year's final value when it already reached the threshold: then the rule is 対前年度以上. */
    private Optional<PriorYearResult.Known> atThreshold(PriorYearResult priorYear) {
        return priorYear instanceof PriorYearResult.Known known && known.value().compareTo(threshold) >= 0
                ? Optional.of(known)
                : Optional.empty();
    }
}
