package jp.kenpokpi.report;

/**
 * How many lines a text takes in a column, estimated from its characters: media with fixed widths need it where they
 * cannot measure (Excel sets a row's height when the file is written, and Excel does not grow a row when it opens
 * the file), and the PDF needs to know which rows are too tall to be kept on one page.
 */
public final class TextLines {

    private TextLines() {
    }

    /**
     * The lines {@code text} takes in a column {@code width} full-width characters wide: each line break starts a
     * line, and a line wraps when full. A full-width character (漢字, かな, ＫＰＩ) counts as two half-width ones.
     */
    public static int estimate(String text, int width) {
        int capacity = Math.max(2, width * 2);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                units += halfWidth(cp) ? 1 : 2;
                i += Character.charCount(cp);
            }
            lines += Math.max(1, (units + capacity - 1) / capacity);
        }
        return lines;
    }

    /** ASCII and half-width katakana; everything else prints full width in a Japanese font. */
    static boolean halfWidth(int codePoint) {
        return codePoint < 0x80 || (codePoint >= 0xFF61 && codePoint <= 0xFF9F);
    }
}
