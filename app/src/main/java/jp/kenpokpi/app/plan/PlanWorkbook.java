package jp.kenpokpi.app.plan;

import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.interchange.ImportWorkbook;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.PlanCsvWriter;

/**
 * The business plan as an Excel template: the plan CSV's columns and rows (docs/PLAN.md) on a sheet 事業計画 and a
 * sheet 説明 on how to fill it in. Saved as .xlsx it imports again as it is.
 */
public final class PlanWorkbook {

    static final String SHEET = "事業計画";

    /** Column widths in characters for the narrative columns; the others fit their codes. */
    private static final Map<String, Integer> WIDE = Map.of(
            "title",
            24,
            "plan_text",
            60,
            "done_text",
            60,
            "issues",
            30,
            "importance_reason",
            40,
            "difficulty_reason",
            40,
            "self_evaluation_reason",
            30,
            "target_reasoning",
            40,
            "source",
            30,
            "area",
            16);

    private static final List<String> HELP = List.of(
            "事業計画の入力用テンプレート（kenpo-kpi）",
            "「事業計画」シートの1行目は見出しです。列名は変えないでください。",
            "record列: measure＝施策、action＝取組、kpi＝KPI。行の種類ごとに使う列が決まっています（使わない列は空のまま）。",
            "施策はarea（分野）とmeasure_no（分野内の番号）で決まります。取組とKPIの行は同じarea・measure_noで施策につながります。",
            "self_evaluation（S〜D）を入れたときは self_evaluation_reason（理由）が必要です。mark は ◎ ○ △ × のいずれかです。",
            "このファイル（.xlsx）のまま、またはCSV（UTF-8）で保存して、取込ページの「事業計画」から取り込めます。",
            "取り込むと、ファイルにある支部・年度の事業計画がファイルの内容に置き換わります（変更はすべて履歴に残ります）。",
            "取込ページ（メニューの「取込」）で、取り込む前に変更内容を確認できます。誤りがあれば行番号と列名で示し、何も保存しません。");

    private PlanWorkbook() {}

    public static byte[] write(List<BusinessPlan> plans) {
        return ImportWorkbook.write(SHEET, PlanCsvWriter.rows(plans), WIDE, HELP);
    }
}
