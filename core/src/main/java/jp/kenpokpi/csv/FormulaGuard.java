package jp.kenpokpi.csv;

import java.util.regex.Pattern;

/**
 * Keeps a text from becoming a live formula when a file this system writes is opened in a spreadsheet (CSV
 * injection): a cell beginning with = + - @ (or a tab or carriage return, which Excel skips before them) would be
 * evaluated, =HYPERLINK(…) or +cmd|' /C calc'!A0. In CSV such a text is written with a leading apostrophe, as
 * OWASP advises, and the imports take the apostrophe off again, so that a written file imports to the same value; an
 * Excel cell gets Excel's own quote prefix instead (the value itself unchanged). A plain number (-5, -0.68%) stays
 * as it is: it is no formula, and a spreadsheet should see a number.
 */
public final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");

    private FormulaGuard() {}

    /** Whether a spreadsheet would take the text for a formula. */
    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) return false;
        char first = text.charAt(0);
        boolean trigger =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** The text as a CSV cell: with a leading apostrophe when it starts like a formula. */
    public static String neutralise(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /** What {@link #neutralise} wrote, read back: the apostrophe before a formula-like text taken off. */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }
}
