package jp.kenpokpi.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.report.ReportTable.HeaderCell;

/**
 * A {@link ReportTable} as CSV, for a page's download: one header line (a column under a merged header cell is named
 * by both, 秋田支部 結果), then the rows as the table shows them, a group's heading on a line of its own where the
 * table has one. Each cell is its text as printed with its labels (72.2%（架空）); every field passes
 * {@link CsvWriter}, so a text beginning like a formula cannot run. The bytes begin with the UTF-8 byte order mark,
 * without which Excel reads the Japanese as Shift_JIS.
 */
public final class ReportCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {}

    public static byte[] render(ReportTable table) {
        CsvWriter csv = new CsvWriter().row(columnNames(table));
        int width = table.columns().size();
        for (ReportTable.Group g : table.groups()) {
            if (!g.heading().isEmpty()) {
                List<String> heading = new ArrayList<>(Collections.nCopies(width, ""));
                heading.set(0, g.heading());
                csv.row(heading);
            }
            for (List<ReportCell> row : g.rows())
                csv.row(row.stream().map(ReportCell::textWithLabelsJa).toList());
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    /** Each column named by the header cells above it, top to bottom, joined by a space. */
    static List<String> columnNames(ReportTable table) {
        int width = table.columns().size();
        List<List<String>> names = new ArrayList<>();
        for (int c = 0; c < width; c++) names.add(new ArrayList<>());
        boolean[][] taken = new boolean[table.header().size()][width];
        for (int h = 0; h < table.header().size(); h++) {
            int c = 0;
            for (HeaderCell cell : table.header().get(h)) {
                while (taken[h][c]) c++;
                for (int i = h; i < h + cell.rowSpan(); i++) {
                    for (int j = c; j < c + cell.colSpan(); j++) taken[i][j] = true;
                }
                for (int j = c; j < c + cell.colSpan(); j++) names.get(j).add(cell.text());
                c += cell.colSpan();
            }
        }
        return names.stream().map(n -> String.join(" ", n)).toList();
    }
}
