package jp.kenpokpi.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal. Japanese characters take two columns, so widths are counted in display
 * columns, not characters.
 */
public final class TextTable {

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
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static String truncate(String s, int max) {
        if (width(s) <= max) return s;
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = isWide(cp) ? 2 : 1;
            if (w + cw > max - 1) break;
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp == 0x25CB || cp == 0x25CE || cp == 0x25B3 || cp == 0x2014
                || cp == 0x00D7 || cp == 0x203B;
    }
}
