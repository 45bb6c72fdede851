package jp.kenpokpi.app.cli;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.report.DisplayWidth;

/**
 * A plain-text table for a terminal. Japanese characters take two columns, so widths are counted in display
 * columns ({@link DisplayWidth}, the reports' table), not characters.
 */
public final class TextTable {

    private static final int ELLIPSIS = '…';

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int[] maxWidths;

    public TextTable(List<String> header, int... maxWidths) {
        this.header = header;
        this.maxWidths = maxWidths;
    }

    public void add(List<String> row) {
        rows.add(row);
    }

    public String render() {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        List<List<String>> cut = new ArrayList<>();
        for (List<String> row : all) {
            List<String> c = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String cell = i < row.size() && row.get(i) != null ? row.get(i).replace('\n', ' ') : "";
                if (i < maxWidths.length && maxWidths[i] > 0) cell = truncate(cell, maxWidths[i]);
                c.add(cell);
                widths[i] = Math.max(widths[i], width(cell));
            }
            cut.add(c);
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < cut.size(); r++) {
            List<String> row = cut.get(r);
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) sb.append("  ");
                sb.append(row.get(i)).append(" ".repeat(widths[i] - width(row.get(i))));
            }
            sb.append(System.lineSeparator());
            if (r == 0) {
                int total = 0;
                for (int w : widths) total += w;
                sb.append("-".repeat(total + 2 * (widths.length - 1))).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    static int width(String s) {
        return DisplayWidth.of(s);
    }

    /** The text cut to {@code max} columns, the ellipsis (two columns, as every non-ASCII character) included. */
    static String truncate(String s, int max) {
        if (width(s) <= max) return s;
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = DisplayWidth.of(cp);
            if (w + cw > max - DisplayWidth.of(ELLIPSIS)) break;
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.appendCodePoint(ELLIPSIS).toString();
    }
}
