package jp.kenpokpi.value;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads values as they are printed in the reports: half- or full-width digits, % or ％, thousands separators,
 * units, ▲ for minus, 実施/未実施, dashes for "no result", and a trailing remark in brackets.
 */
public final class PrintedValueParser {

    private static final String NUMBER = "([▲△+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + "(%|円|事業所|件|日|人|回/月|回|支部)?");
    private static final Pattern MONTHLY = Pattern.compile("(?:毎月|月)(\\d+)回");
    private static final Pattern BRANCH_COUNT = Pattern.compile("(\\d+)支部(?:が達成|で実施|が実施)?");
    private static final Pattern TRAILING_REMARK = Pattern.compile("^(.+?)\\s*\\(([^()]*)\\)$");

    private PrintedValueParser() {}

    /** Reads a result. Throws with a Japanese message when the text is not a value. */
    public static Reading<PrintedValue> parse(String printed) throws UnreadableValueException {
        if (printed == null) return new Reading<>(new PrintedValue.NotYet(), Optional.empty());
        String s = Digits.toHalfWidth(printed).strip();
        Optional<String> remark = Optional.empty();
        Matcher r = TRAILING_REMARK.matcher(s);
        if (r.matches()) {
            s = r.group(1).strip();
            remark = Optional.of(r.group(2).strip());
        }
        return new Reading<>(parseBare(Digits.withoutSpaces(s), printed), remark);
    }

    private static PrintedValue parseBare(String s, String printed) throws UnreadableValueException {
        if (s.isEmpty() || s.equals("—") || s.equals("-") || s.equals("--") || s.equals("ー") || s.equals("―")) {
            return new PrintedValue.NotYet();
        }
        if (s.equals("実施") || s.equals("実施済")) return new PrintedValue.Done(true);
        if (s.equals("未実施")) return new PrintedValue.Done(false);
        Matcher branchCount = BRANCH_COUNT.matcher(s);
        if (branchCount.matches()) return new PrintedValue.BranchCount(Integer.parseInt(branchCount.group(1)));
        Matcher monthly = MONTHLY.matcher(s);
        if (monthly.matches()) {
            return new PrintedValue.Amount(new BigDecimal(monthly.group(1)), Optional.of(Unit.TIMES_PER_MONTH));
        }
        Optional<PrintedValue.Amount> amount = amount(s);
        if (amount.isPresent()) return amount.get();
        throw new UnreadableValueException(
                "「" + printed.strip() + "」を値として読めません" + "（例: 72.2%、6,535円、1,529事業所、実施、未実施、▲0.68%、—）");
    }

    /** A number with an optional unit, the whole text: 72.2%, 1,330事業所, ▲0.68%. */
    static Optional<PrintedValue.Amount> amount(String s) {
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new PrintedValue.Amount(number(m), unit(m.group(4))));
    }

    /** A plain count or amount, as in the numerator and denominator columns: 163860, 163,860, １６３，８６０. */
    private static final Pattern COUNT = Pattern.compile(NUMBER);

    public static BigDecimal parseCount(String printed) throws UnreadableValueException {
        String s = Digits.withoutSpaces(Digits.toHalfWidth(printed));
        Matcher m = COUNT.matcher(s);
        if (!m.matches() || !m.group(1).isEmpty()) {
            throw new UnreadableValueException("「" + printed.strip() + "」を0以上の数として読めません（例: 163860、163,860）");
        }
        return number(m);
    }

    static BigDecimal number(Matcher m) {
        String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : "." + m.group(3));
        BigDecimal value = new BigDecimal(digits);
        String sign = m.group(1);
        return sign.equals("▲") || sign.equals("△") || sign.equals("-") ? value.negate() : value;
    }

    static Optional<Unit> unit(String symbol) {
        if (symbol == null) return Optional.empty();
        if (symbol.equals("回")) return Optional.of(Unit.TIMES_PER_MONTH);
        for (Unit unit : Unit.values()) {
            if (unit.symbol().equals(symbol)) return Optional.of(unit);
        }
        return Optional.empty();
    }
}
