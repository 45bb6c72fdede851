package jp.kenpokpi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.ValueFormat;

/**
 * One body cell of a report table, typed so that each renderer can draw it as its medium allows: Excel writes a
 * {@link Number} as a real number with a number format, HTML and PDF print {@link #text()}.
 */
public sealed interface ReportCell {

    /** How the cell reads on paper. */
    String text();

    /** The value is synthetic (架空) and must be labelled so wherever it is shown. */
    boolean synthetic();

    /** The value was computed from the branches' values (算), not published. */
    default boolean computed() {
        return false;
    }

    /** The labels a renderer draws beside the text, by the one rule of {@link Figure#labels}. */
    default List<Figure.Label> labels() {
        return Figure.labels(!text().isEmpty(), computed(), synthetic());
    }

    /** The text followed by its labels as a file prints them: 72.2%（架空）, the way every export reads. */
    default String textWithLabelsJa() {
        return text() + labelsJa();
    }

    /** The labels as printed after a value in a file: （算）（架空）; empty when there are none. */
    default String labelsJa() {
        StringBuilder s = new StringBuilder();
        for (Figure.Label l : labels()) s.append('（').append(l.ja()).append('）');
        return s.toString();
    }

    static ReportCell empty() {
        return new Text("", false);
    }

    /** Free text: a target such as 71.7%以上, 実施, a note. */
    record Text(String text, boolean synthetic, boolean computed) implements ReportCell {

        public Text(String text, boolean synthetic) {
            this(text, synthetic, false);
        }
    }

    /**
     * A number as printed, in its unit, with the decimals it was printed with (0.370% keeps three, so that the
     * spreadsheet shows what the report showed). A percent is held as printed (72.2), not as a fraction.
     *
     * @param mark the mark printed beside the result (56.8% ◎), where a report puts the judgement in the value's cell
     */
    record Number(BigDecimal value, Unit unit, int decimals, boolean synthetic, Optional<Mark> mark, boolean computed)
            implements ReportCell {

        public Number {
            if (decimals < 0) throw new IllegalArgumentException("decimals < 0: " + decimals);
        }

        public Number(BigDecimal value, Unit unit, int decimals, boolean synthetic, Optional<Mark> mark) {
            this(value, unit, decimals, synthetic, mark, false);
        }

        public Number(BigDecimal value, Unit unit, int decimals, boolean synthetic) {
            this(value, unit, decimals, synthetic, Optional.empty());
        }

        /** Through the one formatter every page and export prints values with ({@link ValueFormat#amount}). */
        @Override
        public String text() {
            return ValueFormat.amount(value.setScale(decimals, RoundingMode.HALF_UP), unit)
                    + mark.map(m -> " " + m.symbol()).orElse("");
        }
    }

    /**
     * A number without a unit of the catalogue, printed as its table prints it (a score 285.61, yen under a 配分額（円）
     * heading): Excel holds the number, so a column can be summed and sorted, and every other medium prints the text.
     *
     * @param decimals the decimals Excel shows
     * @param signed a difference, printed with + above zero (+4.9)
     */
    record Quantity(BigDecimal value, int decimals, boolean signed, String text, boolean synthetic)
            implements ReportCell {

        public Quantity {
            if (decimals < 0) throw new IllegalArgumentException("decimals < 0: " + decimals);
        }
    }

    /**
     * A result with its mark in the same cell (56.8% ◎, 実施 ○): a number stays a number; a result not yet in shows
     * the mark alone (—).
     */
    static ReportCell marked(ReportCell result, Mark mark) {
        if (result instanceof Number n) {
            return new Number(n.value(), n.unit(), n.decimals(), n.synthetic(), Optional.of(mark), n.computed());
        }
        String text = result.text().isEmpty() ? mark.symbol() : result.text() + " " + mark.symbol();
        return new Text(text, result.synthetic(), result.computed());
    }

    /** 実施状況: ◎○△×—. */
    record MarkCell(Mark mark) implements ReportCell {

        @Override
        public String text() {
            return mark.symbol();
        }

        @Override
        public boolean synthetic() {
            return false;
        }
    }
}
