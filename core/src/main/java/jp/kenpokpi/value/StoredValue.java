package jp.kenpokpi.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A printed value as the database keeps it beside its text: what kind of value it is, its number as printed (the
 * decimals it was printed with are the number's scale) and the unit printed with it. It is parsed once, at the edge
 * (import, form); loading reads it back from these columns and never parses the text again.
 */
public record StoredValue(Kind kind, Optional<BigDecimal> number, Optional<Unit> unit) {

    /** The kinds of {@link PrintedValue}, as stored: 実施 and 未実施 are two kinds with no number. */
    public enum Kind {
        AMOUNT,
        DONE,
        NOT_DONE,
        BRANCHES,
        NONE
    }

    public StoredValue {
        if ((kind == Kind.AMOUNT || kind == Kind.BRANCHES) != number.isPresent()) {
            throw new IllegalArgumentException(kind + " には数値が" + (number.isPresent() ? "ありません" : "必要です"));
        }
    }

    public static StoredValue of(PrintedValue value) {
        if (value instanceof PrintedValue.Amount a)
            return new StoredValue(Kind.AMOUNT, Optional.of(a.number()), a.unit());
        if (value instanceof PrintedValue.Done d) {
            return new StoredValue(d.carriedOut() ? Kind.DONE : Kind.NOT_DONE, Optional.empty(), Optional.empty());
        }
        if (value instanceof PrintedValue.BranchCount b) {
            return new StoredValue(Kind.BRANCHES, Optional.of(BigDecimal.valueOf(b.count())), Optional.empty());
        }
        return new StoredValue(Kind.NONE, Optional.empty(), Optional.empty());
    }

    /**
     * Read back from the columns.
     *
     * @param number the stored number, at the column's scale; {@code scale} gives back the decimals it was printed with
     */
    public static StoredValue read(String kind, BigDecimal number, String unit, Integer scale) {
        Optional<BigDecimal> printed = Optional.ofNullable(number).map(n -> atScale(n, scale));
        return new StoredValue(
                Kind.valueOf(kind), printed, Optional.ofNullable(unit).map(Unit::valueOf));
    }

    /**
     * A number read from a DECIMAL column back at the decimals it was printed with; without them (a row stored
     * before they were kept), without its trailing zeros.
     */
    public static BigDecimal atScale(BigDecimal stored, Integer scale) {
        return scale == null ? stored.stripTrailingZeros() : stored.setScale(scale);
    }

    public PrintedValue value() {
        return switch (kind) {
            case AMOUNT -> new PrintedValue.Amount(number.orElseThrow(), unit);
            case DONE -> new PrintedValue.Done(true);
            case NOT_DONE -> new PrintedValue.Done(false);
            case BRANCHES -> new PrintedValue.BranchCount(number.orElseThrow().intValueExact());
            case NONE -> new PrintedValue.NotYet();
        };
    }

    /** The decimals the number was printed with (its scale), for the column that keeps them. */
    public Optional<Integer> scale() {
        return number.map(BigDecimal::scale);
    }
}
