package jp.kenpokpi.report;

/**
 * How many lines a text takes in a column, estimated from its characters: media with fixed widths need it where they
 * cannot measure (Excel sets a row's height when the file is written, and Excel does not grow a row when it opens
 * the file), and the PDF needs to know which rows are too tall to be kept on one page.
 */
public final class TextLines {

    private TextLines() {}

    /**
     * The lines {@code text} takes in a column {@code width} full-width characters wide: each line break starts a
     * line, and a line wraps when full. A full-width character (漢字, かな, ＫＰＩ) counts as two half-width ones.
     */
    public static int estimate(String text, int width) {
        int capacity = Math.max(2, width * 2);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int units = DisplayWidth.of(line);
            lines += Math.max(1, (units + capacity - 1) / capacity);
        }
        return lines;
    }
}
