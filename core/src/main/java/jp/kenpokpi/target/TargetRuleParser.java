package jp.kenpokpi.target;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.value.Digits;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.UnreadableValueException;
import jp.kenpokpi.value.ValueFormat;

/**
 * Reads a target as printed (71.7％以上, 対前年度（0.318％）以上, 20%以下, 7日以内, 1,330事業所以上, 実施, 毎月2回以上,
 * 削除, a bare 94.0%) into its rule, given the KPI it belongs to.
 */
public final class TargetRuleParser {

    private static final Pattern RELATIVE = Pattern.compile("対?前年度(?:末|末時点|実績|実績値|の実績)?(?:\\(([^()]*)\\))?(以上|以下)");
    private static final Pattern BOUNDED = Pattern.compile("(.+?)(以上|以下|以内)");
    private static final Pattern FREQUENCY = Pattern.compile("毎月(\\d+)回以上");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int ALL_BRANCHES = 47;

    private TargetRuleParser() {}

    /** Empty when nothing is printed (no target set). */
    public static Optional<TargetRule> parse(String printed, KpiDefinition definition) throws UnreadableValueException {
        if (printed == null) return Optional.empty();
        String s = Digits.withoutSpaces(Digits.toHalfWidth(printed)).replace("とする", "");
        if (s.isEmpty() || s.equals("—") || s.equals("-")) return Optional.empty();
        if (s.equals("削除")) return Optional.of(new Dropped());
        if (s.equals("実施")) return Optional.of(requireDone(new Done(), printed, definition));
        if (s.equals("全支部で実施") || s.equals("全支部実施")) {
            return Optional.of(requireDone(
                    ValueTarget.atLeast(BigDecimal.valueOf(ALL_BRANCHES), Unit.BRANCHES), printed, definition));
        }
        Matcher relative = RELATIVE.matcher(s);
        if (relative.matches()) {
            Optional<BigDecimal> printedPrior = Optional.empty();
            if (relative.group(1) != null) {
                printedPrior = Optional.of(
                        amount(relative.group(1), printed, definition).number());
            }
            return Optional.of(new RelativeToPriorYear(bound(relative.group(2)), printedPrior));
        }
        Matcher frequency = FREQUENCY.matcher(s);
        if (frequency.matches()) return Optional.of(new Frequency(new BigDecimal(frequency.group(1))));
        Matcher bounded = BOUNDED.matcher(s);
        if (bounded.matches()) {
            PrintedValue.Amount amount = amount(bounded.group(1), printed, definition);
            if (bounded.group(2).equals("以内")) {
                if (unitOf(amount, definition) != Unit.DAYS) throw unreadable(printed, "「以内」は日数の目標にだけ使えます（例: 7日以内）");
                return Optional.of(new WithinDays(amount.number()));
            }
            return Optional.of(new ValueTarget(bound(bounded.group(2)), amount.number(), unitOf(amount, definition)));
        }
        PrintedValue.Amount bare = amount(s, printed, definition);
        return Optional.of(bareValue(bare.number(), unitOf(bare, definition), definition, printed));
    }

    /** A bare value means "reach it" in the KPI's direction; a rate's 100% can only be met. */
    private static TargetRule bareValue(BigDecimal value, Unit unit, KpiDefinition definition, String printed)
            throws UnreadableValueException {
        if (unit == Unit.PERCENT && value.compareTo(HUNDRED) == 0 && definition.direction() == Direction.HIGHER) {
            return ValueTarget.equalTo(value, unit);
        }
        return switch (definition.direction()) {
            case HIGHER -> ValueTarget.atLeast(value, unit);
            case LOWER -> unit == Unit.DAYS ? new WithinDays(value) : ValueTarget.atMost(value, unit);
            case DONE -> {
                if (unit != Unit.BRANCHES) throw unreadable(printed, "実施を目標とするKPIです（例: 実施、全支部で実施、47支部）");
                yield ValueTarget.atLeast(value, unit);
            }
        };
    }

    private static TargetRule requireDone(TargetRule rule, String printed, KpiDefinition definition)
            throws UnreadableValueException {
        if (definition.direction() != Direction.DONE) {
            throw unreadable(
                    printed,
                    "「" + definition.nameJa() + "」は数値の目標です（例: "
                            + ValueFormat.amount(new BigDecimal("10"), definition.unit()) + "以上、対前年度以上）");
        }
        return rule;
    }

    private static PrintedValue.Amount amount(String s, String printed, KpiDefinition definition)
            throws UnreadableValueException {
        PrintedValue value;
        try {
            value = PrintedValueParser.parse(s).value();
        } catch (UnreadableValueException e) {
            throw unreadable(printed, "目標として読めません（例: 71.7%以上、対前年度以上、20%以下、7日以内、1,330事業所以上、実施、毎月2回以上）");
        }
        if (value instanceof PrintedValue.BranchCount count) {
            return new PrintedValue.Amount(BigDecimal.valueOf(count.count()), Optional.of(Unit.BRANCHES));
        }
        if (!(value instanceof PrintedValue.Amount amount)) {
            throw unreadable(printed, "目標として読めません（例: 71.7%以上、対前年度以上、20%以下、7日以内、1,330事業所以上、実施、毎月2回以上）");
        }
        unitOf(amount, definition);
        return amount;
    }

    /** The printed unit, which must be the KPI's; a number printed without a unit takes the KPI's. */
    private static Unit unitOf(PrintedValue.Amount amount, KpiDefinition definition) throws UnreadableValueException {
        Unit expected = definition.direction() == Direction.DONE ? Unit.BRANCHES : definition.unit();
        Unit unit = amount.unit().orElse(expected);
        if (unit != expected) {
            throw new UnreadableValueException(
                    "単位「" + unit.symbol() + "」は「" + definition.nameJa() + "」の単位「" + expected.symbol() + "」と違います");
        }
        return unit;
    }

    private static Bound bound(String word) {
        return word.equals("以上") ? Bound.AT_LEAST : Bound.AT_MOST;
    }

    private static UnreadableValueException unreadable(String printed, String hint) {
        return new UnreadableValueException("「" + printed.strip() + "」を目標として読めません。" + hint);
    }
}
