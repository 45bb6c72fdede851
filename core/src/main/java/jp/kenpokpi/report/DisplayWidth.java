package jp.kenpokpi.report;

/**
 * How wide a character prints in Japanese, in half-width columns: one table for the terminal (the command line's
 * tables) and for media with fixed widths ({@link TextLines}: Excel row heights, PDF rows).
 */
public final class DisplayWidth {

    private DisplayWidth() {}

    /**
     * 1 for ASCII and half-width katakana (ｱ), 2 for everything else: a Japanese font, and a terminal set up for
     * Japanese, print 漢字, かな and ＫＰＩ full width, and the marks our reports use (◎ ○ △ ▲ × ※ — ①) too.
     */
    public static int of(int codePoint) {
        return codePoint < 0x80 || (codePoint >= 0xFF61 && codePoint <= 0xFF9F) ? 1 : 2;
    }

    /** The columns a text takes on one line. */
    public static int of(String text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }
}
