package jp.kenpokpi.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.value.FieldLimits;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.Reading;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.UnreadableValueException;
import jp.kenpokpi.value.ValueFormat;

/**
 * The checks a result's value passes wherever it comes in, an interchange CSV row or the entry form: the printed
 * value reads and fits the KPI (a rate in %, an action as 実施/未実施), numerator and denominator read, come
 * together, only for a ratio KPI, a rate's numerator is not above its denominator, and a printed value agrees with
 * numerator ÷ denominator at the precision it was printed with, a value lies in its unit's range (a rate 0–100%)
 * and fits the column that stores it. Every problem is reported, each on its field.
 */
public final class ResultValueCheck {

    private ResultValueCheck() {}

    /** The fields a value is entered in; callers name them their own way (CSV column, form field). */
    public enum Field {
        ACTUAL,
        NUMERATOR,
        DENOMINATOR
    }

    public record Problem(Field field, String messageJa) {}

    /** What was read, and the problems; the values read are meaningful only when there is no problem. */
    public record Outcome(
            Optional<Reading<PrintedValue>> actual,
            Optional<BigDecimal> numerator,
            Optional<BigDecimal> denominator,
            List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }

        public Result result() {
            return new Result(actual.map(Reading::value).orElse(new PrintedValue.NotYet()), numerator, denominator);
        }
    }

    /**
     * @param actual      the value as printed, empty when none
     * @param numerator   as printed (163,860), empty when none
     * @param denominator as printed, empty when none
     */
    public static Outcome check(
            KpiDefinition definition,
            OrgCode org,
            Optional<String> actual,
            Optional<String> numerator,
            Optional<String> denominator) {
        List<Problem> problems = new ArrayList<>();
        Optional<Reading<PrintedValue>> reading = actual(definition, org, actual, problems);
        Optional<BigDecimal> num = count(Field.NUMERATOR, numerator, problems);
        Optional<BigDecimal> den = count(Field.DENOMINATOR, denominator, problems);
        // The ratio checks compare the values read: with a field unreadable they would only repeat its problem.
        if (problems.isEmpty()) ratio(definition, num, den, reading.map(Reading::value), problems);
        return new Outcome(reading, num, den, List.copyOf(problems));
    }

    /**
     * Why a value does not fit its KPI, or empty when it does. The association may report a done-KPI as a count of
     * the branches that carried it out (41支部).
     */
    public static Optional<String> kindProblem(
            String printed, PrintedValue value, KpiDefinition definition, OrgCode org) {
        String name = "「" + definition.nameJa() + "」";
        if (definition.direction() == Direction.DONE) {
            boolean fits = value instanceof PrintedValue.Done
                    || value instanceof PrintedValue.NotYet
                    || (value instanceof PrintedValue.BranchCount && org.isAssociation());
            return fits
                    ? Optional.empty()
                    : Optional.of("「" + printed + "」: " + name + "は実施／未実施で書きます"
                            + (org.isAssociation() ? "（協会全体は実施した支部の数、例: 41支部）" : ""));
        }
        if (value instanceof PrintedValue.Amount amount) {
            Unit unit = amount.unit().orElse(definition.unit());
            if (unit != definition.unit()) {
                return Optional.of("「" + printed + "」の単位「" + unit.symbol() + "」は" + name + "の単位「"
                        + definition.unit().symbol() + "」と違います");
            }
            // The catalogue's unit says which values are possible; the stored column how many digits it keeps.
            return unit.rangeProblem(amount.number())
                    .or(() -> FieldLimits.Number.VALUE.problem(amount.number()))
                    .map(m -> "「" + printed + "」: " + m);
        }
        return value.isPresent()
                ? Optional.of("「" + printed + "」: " + name + "は数値のKPIです（例: "
                        + ValueFormat.amount(new BigDecimal("72.2"), definition.unit()) + "）")
                : Optional.empty();
    }

    private static Optional<Reading<PrintedValue>> actual(
            KpiDefinition definition, OrgCode org, Optional<String> text, List<Problem> problems) {
        if (text.isEmpty()) return Optional.empty();
        try {
            Reading<PrintedValue> reading = PrintedValueParser.parse(text.get());
            kindProblem(text.get(), reading.value(), definition, org)
                    .ifPresent(m -> problems.add(new Problem(Field.ACTUAL, m)));
            return Optional.of(reading);
        } catch (UnreadableValueException e) {
            problems.add(new Problem(Field.ACTUAL, e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> count(Field field, Optional<String> text, List<Problem> problems) {
        if (text.isEmpty()) return Optional.empty();
        try {
            BigDecimal count = PrintedValueParser.parseCount(text.get());
            Optional<String> tooLong = FieldLimits.Number.COUNT.problem(count);
            tooLong.ifPresent(m -> problems.add(new Problem(field, m)));
            return tooLong.isPresent() ? Optional.empty() : Optional.of(count);
        } catch (UnreadableValueException e) {
            problems.add(new Problem(field, e.getMessage()));
            return Optional.empty();
        }
    }

    private static void ratio(
            KpiDefinition definition,
            Optional<BigDecimal> numerator,
            Optional<BigDecimal> denominator,
            Optional<PrintedValue> actual,
            List<Problem> problems) {
        if (numerator.isEmpty() && denominator.isEmpty()) return;
        if (!definition.isRatio()) {
            problems.add(new Problem(
                    numerator.isPresent() ? Field.NUMERATOR : Field.DENOMINATOR,
                    "「" + definition.nameJa() + "」には分子・分母がありません"));
            return;
        }
        if (numerator.isEmpty() || denominator.isEmpty()) {
            problems.add(new Problem(
                    numerator.isEmpty() ? Field.NUMERATOR : Field.DENOMINATOR,
                    "分子と分母は両方書いてください（" + definition.numeratorJa() + " ／ " + definition.denominatorJa() + "）"));
            return;
        }
        if (denominator.get().signum() == 0) {
            problems.add(new Problem(Field.DENOMINATOR, "分母が0です"));
            return;
        }
        if (definition.unit() == Unit.PERCENT && numerator.get().compareTo(denominator.get()) > 0) {
            problems.add(new Problem(Field.NUMERATOR, "分子が分母より大きく、率が100%を超えます"));
            return;
        }
        if (actual.orElse(null) instanceof PrintedValue.Amount amount) {
            BigDecimal computed = Result.quotient(numerator.get(), denominator.get(), definition.unit());
            BigDecimal atPrinted = computed.setScale(Math.max(0, amount.number().scale()), RoundingMode.HALF_UP);
            if (atPrinted.compareTo(amount.number()) != 0) {
                problems.add(new Problem(
                        Field.ACTUAL,
                        "実績「" + ValueFormat.amount(amount.number(), definition.unit())
                                + "」が分子÷分母（" + numerator.get().toPlainString() + "÷"
                                + denominator.get().toPlainString()
                                + "＝" + ValueFormat.amount(atPrinted, definition.unit()) + "）と一致しません"));
            }
        }
    }
}
