package jp.kenpokpi.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value as every page, report and export shows it: its text and the labels that qualify it. The one rule for the
 * labels: 算 when the value was computed from the branches' values rather than published, 架空 when any value it
 * was read or computed from is synthetic; an empty value carries no label.
 *
 * @param text the text at its display formatting ({@link ValueFormat#display}); empty when there is no value
 */
public record Figure(Optional<String> text, boolean computed, boolean synthetic) {

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
        text = text.map(ValueFormat::display).filter(t -> !t.isEmpty());
    }

    public static Figure of(Optional<String> text, boolean computed, boolean synthetic) {
        return new Figure(text, computed, synthetic);
    }

    public static Figure of(String text, boolean synthetic) {
        return new Figure(Optional.of(text), false, synthetic);
    }

    public static Figure none() {
        return new Figure(Optional.empty(), false, false);
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
