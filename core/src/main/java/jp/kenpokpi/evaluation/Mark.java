package jp.kenpokpi.evaluation;

import java.util.Optional;
import jp.kenpokpi.value.Digits;

/** 実施状況: the mark a council report prints for a KPI. */
public enum Mark {
    EXCEEDED("◎"),
    AS_PLANNED("○"),
    BELOW_PLAN("△"),
    NOT_CARRIED_OUT("×"),
    NONE("—");

    private final String symbol;

    Mark(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** What the mark means, as the legend prints it. */
    public String legendJa() {
        return switch (this) {
            case EXCEEDED -> "計画を上回る実施状況";
            case AS_PLANNED -> "計画どおりの実施状況";
            case BELOW_PLAN -> "計画を下回る実施状況";
            case NOT_CARRIED_OUT -> "未実施";
            case NONE -> "実績なし・判定なし";
        };
    }

    /**
     * How a mark is kept in the database (kpi_result.printed_mark, plan_action.mark): its constant's name, not its
     * symbol, which has look-alikes (〇 ○ ◯).
     */
    public String stored() {
        return name();
    }

    /** A mark as {@link #stored} keeps it. */
    public static Mark fromStored(String stored) {
        return valueOf(stored);
    }

    /** The legend every page, report and the command line print: ◎計画を上回る実施状況　…　×未実施　—実績なし・判定なし. */
    public static String legendLineJa() {
        StringBuilder sb = new StringBuilder();
        for (Mark m : values())
            sb.append(sb.isEmpty() ? "" : "　").append(m.symbol()).append(m.legendJa());
        return sb.toString();
    }

    /**
     * Reads a printed mark. The Tochigi table prints ○ as 〇 (U+3007, a kanji numeral zero), a different character
     * from the legend's ○ (U+25CB); ◯ (U+25EF) is seen too. All three are ○.
     */
    public static Optional<Mark> parse(String printed) {
        if (printed == null) return Optional.empty();
        String s = Digits.withoutSpaces(printed);
        return switch (s) {
            case "◎" -> Optional.of(EXCEEDED);
            case "○", "〇", "◯" -> Optional.of(AS_PLANNED);
            case "△" -> Optional.of(BELOW_PLAN);
            case "×", "✕", "✖", "x", "X" -> Optional.of(NOT_CARRIED_OUT);
            case "—", "-", "－", "―", "ー" -> Optional.of(NONE);
            default -> Optional.empty();
        };
    }
}
