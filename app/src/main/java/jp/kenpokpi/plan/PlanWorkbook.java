package jp.kenpokpi.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The business plan as an Excel template: the plan CSV's columns and rows (docs/PLAN.md) on a sheet 事業計画, every
 * cell text (so that 09 stays 09), long texts wrapped, the header frozen; a sheet 説明 says how to fill it in. Saved
 * as .xlsx it imports again as it is.
 */
public final class PlanWorkbook {

    static final String SHEET = "事業計画";

    /** Column widths in characters for the narrative columns; the others fit their codes. */
    private static final Map<String, Integer> WIDE = Map.of("title", 24, "plan_text", 60, "done_text", 60,
            "issues", 30, "importance_reason", 40, "difficulty_reason", 40, "self_evaluation_reason", 30,
            "target_reasoning", 40, "source", 30, "area", 16);

    private static final List<String> HELP = List.of(
            "事業計画の入力用テンプレート（kenpo-kpi）",
            "「事業計画」シートの1行目は見出しです。列名は変えないでください。",
            "record列: measure＝施策、action＝取組、kpi＝KPI。行の種類ごとに使う列が決まっています（使わない列は空のまま）。",
            "施策はarea（分野）とmeasure_no（分野内の番号）で決まります。取組とKPIの行は同じarea・measure_noで施策につながります。",
            "self_evaluation（S〜D）を入れたときは self_evaluation_reason（理由）が必要です。mark は ◎ ○ △ × のいずれかです。",
            "このファイル（.xlsx）のまま、またはCSV（UTF-8）で保存して、取込ページの「事業計画」から取り込めます。",
            "取り込むと、ファイルにある支部・年度の事業計画がファイルの内容に置き換わります（変更はすべて履歴に残ります）。",
            "列の詳しい説明: docs/PLAN.md");

    private PlanWorkbook() {
    }

    public static byte[] write(List<BusinessPlan> plans) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DataFormat formats = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Sheet sheet = workbook.createSheet(SHEET);
            List<List<String>> rows = PlanCsvWriter.rows(plans);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> fields = rows.get(r);
                for (int c = 0; c < fields.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(r == 0 ? header : text);
                    cell.setCellValue(fields.get(c));
                }
            }
            List<String> headers = rows.get(0);
            for (int c = 0; c < headers.size(); c++) {
                int chars = WIDE.getOrDefault(headers.get(c), Math.max(8, headers.get(c).length() + 2));
                sheet.setColumnWidth(c, Math.min(255, chars) * 256);
                sheet.setDefaultColumnStyle(c, text);
            }
            sheet.createFreezePane(0, 1);

            Sheet help = workbook.createSheet("説明");
            for (int i = 0; i < HELP.size(); i++) help.createRow(i).createCell(0).setCellValue(HELP.get(i));
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Excelファイルを作成できません", e);
        }
    }
}
