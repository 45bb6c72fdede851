package jp.kenpokpi.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value as every page, report and export shows it: its text and the labels that qualify it. The one rule for the
 * labels: 算 when the value was computed from the branches' values rather than published, 架空 when any value it
 * was read or computed from is synthetic; an empty value carries no label.
 *
 * <p>A value that is a number in a unit also carries it typed ({@link #amount}), from where the Figure is made (the
 * stored result's typed columns, the national value's computed number), so that a report or an export takes the
 * number from here and never parses the text again. The type is {@link PrintedValue.Amount}: exactly a number in a
 * unit whose scale is the decimals it is printed with; {@link StoredValue} is the storage shape (kinds without a
 * number, an optional unit), which a shown value has no use for.
 *
 * @param text   the text at its display formatting ({@link ValueFormat#display}); empty when there is no value
 * @param amount the value as a number in its unit at the decimals it is shown with; empty for no value and for a
 *               value that is not a number in a unit (実施, －, 6支部, a target's wording)
 */
public record Figure(Optional<String> text, Optional<PrintedValue.Amount> amount, boolean computed, boolean synthetic) {

    /** A label beside a value: its word and what it means (the application draws it, web/Styles). */
    public enum Label {
        COMPUTED("算", "支部の値から算出（公表値ではない）"),
        SYNTHETIC("架空", "報告書にない架空の値（サンプルデータ）、または架空の値を含む算出値");

        private final String ja;
        private final String meaningJa;

        Label(String ja, String meaningJa) {
            this.ja = ja;
            this.meaningJa = meaningJa;
        }

        public String ja() {
            return ja;
        }

        public String meaningJa() {
            return meaningJa;
        }

        /** 算＝…　架空＝…: the labels' legend where no label can be drawn (the command line). */
        public static String legendPlainJa() {
            StringBuilder s = new StringBuilder();
            for (Label l : values())
                s.append(s.isEmpty() ? "" : "　").append(l.ja).append('＝').append(l.meaningJa);
            return s.toString();
        }
    }

    public Figure {
        if (amount.isPresent() && amount.get().unit().isEmpty()) {
            throw new IllegalArgumentException("数値には単位が必要です: " + amount.get());
        }
        text = text.map(ValueFormat::display)
                .filter(t -> !t.isEmpty())
                .or(() ->
                        amount.map(a -> ValueFormat.amount(a.number(), a.unit().orElseThrow())));
    }

    /** A value with no number to it: a target's wording, 実施, a remark. */
    public static Figure of(Optional<String> text, boolean computed, boolean synthetic) {
        return new Figure(text, Optional.empty(), computed, synthetic);
    }

    public static Figure of(String text, boolean synthetic) {
        return of(Optional.of(text), false, synthetic);
    }

    /**
     * A number in its unit, its text printed by the one formatter ({@link ValueFormat#amount}) at the number's scale,
     * so that text and number cannot disagree.
     */
    public static Figure of(BigDecimal number, Unit unit, boolean computed, boolean synthetic) {
        return new Figure(
                Optional.empty(), Optional.of(new PrintedValue.Amount(number, Optional.of(unit))), computed, synthetic);
    }

    /**
     * A value as printed, with the number it was read as once where it came in (the stored typed columns): the text
     * keeps what the report printed (at its display formatting), the number what a spreadsheet computes with.
     */
    public static Figure printed(String printed, PrintedValue value, boolean computed, boolean synthetic) {
        Optional<PrintedValue.Amount> amount =
                value instanceof PrintedValue.Amount a && a.unit().isPresent() ? Optional.of(a) : Optional.empty();
        return new Figure(Optional.of(printed), amount, computed, synthetic);
    }

    public static Figure none() {
        return of(Optional.empty(), false, false);
    }

    /** The same value and number under other labels, where a table labels its values its own way (R5: 架空 only). */
    public Figure labelled(boolean computed, boolean synthetic) {
        return new Figure(text, amount, computed, synthetic);
    }

    public List<Label> labels() {
        return labels(text.isPresent(), computed, synthetic);
    }

    /** The labels of a value shown (or not): the rule every renderer of a cell asks. */
    public static List<Label> labels(boolean shown, boolean computed, boolean synthetic) {
        List<Label> labels = new ArrayList<>();
        if (!shown) return labels;
        if (computed) labels.add(Label.COMPUTED);
        if (synthetic) labels.add(Label.SYNTHETIC);
        return labels;
    }

    public boolean isPresent() {
        return text.isPresent();
    }

    /** The text, or what a table prints for no value (—, －). */
    public String textOr(String empty) {
        return text.orElse(empty);
    }

    /** As plain text prints it, labels after the value: 81.8% 算 架空; {@code empty} for no value. */
    public String plainJa(String empty) {
        StringBuilder s = new StringBuilder(textOr(empty));
        for (Label l : labels()) s.append(' ').append(l.ja());
        return s.toString();
    }
}
