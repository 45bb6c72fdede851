package jp.kenpokpi.app.interchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.interchange.InterchangeColumn;
import jp.kenpokpi.value.FieldLimits;

/**
 * The empty Excel template for KPI results and the help that goes with it, the same on the import page and in the
 * workbook: sheet KPI結果 (the interchange columns' names, which the import reads, and their Japanese labels below,
 * which it skips), sheet 説明 (what each column holds) and sheet KPI一覧 (every KPI code the file may name).
 */
public final class KpiTemplate {

    public static final String SHEET = "KPI結果";
    public static final String CATALOGUE_SHEET = "KPI一覧";

    /** One column: its Japanese label, its name in the file, whether every row needs it, and what it holds. */
    public record ColumnHelp(String labelJa, String header, boolean required, String meaningJa) {}

    private static final Map<InterchangeColumn, String> MEANING = Map.ofEntries(
            Map.entry(InterchangeColumn.BRANCH_CODE, "00（協会全体）または 01〜47 の2桁（例: 09＝栃木支部）"),
            Map.entry(InterchangeColumn.FISCAL_YEAR, "年度の開始年（例: 2023）または 令和5年度"),
            Map.entry(InterchangeColumn.AS_OF, "中間実績の月末（例: 2023-09）。年度末の実績は空欄"),
            Map.entry(InterchangeColumn.KPI_CODE, "「" + CATALOGUE_SHEET + "」シートのコード（例: LIFESTYLE_CHECKUP_RATE）"),
            Map.entry(InterchangeColumn.DEFINITION_FY, "通常は空欄。前年度の値を新しい定義で書き直すときだけ、その定義の版の開始年度"),
            Map.entry(InterchangeColumn.TARGET, "報告書に印刷された目標（例: 71.7%以上、対前年度以上、実施）"),
            Map.entry(
                    InterchangeColumn.ACTUAL,
                    "実績（例: 72.2%、6,535円、1,529事業所、実施）。率は0〜100%。" + "値の後の括弧書き（例: 0.83% (R6.2現在)）は備考に入ります"),
            Map.entry(InterchangeColumn.NUMERATOR, "率のKPIの分子（例: 163860）。実績は分子÷分母と一致すること"),
            Map.entry(InterchangeColumn.DENOMINATOR, "率のKPIの分母（例: 226946）"),
            Map.entry(InterchangeColumn.NATIONAL_VALUE, "公表された全国平均（例: 57.7%）"),
            Map.entry(InterchangeColumn.NATIONAL_RANK, "公表された全国順位（1〜47）"),
            Map.entry(InterchangeColumn.MARK, "報告書に印刷された実施状況の記号（◎ ○ △ ×）"),
            Map.entry(InterchangeColumn.SELF_EVALUATION, "自己評価（S A B C D）"),
            Map.entry(InterchangeColumn.NOTE, "備考。" + String.format("%,d", FieldLimits.NOTE) + "文字まで、複数行可"),
            Map.entry(InterchangeColumn.SOURCE, "値の出典（資料名とページ）。" + String.format("%,d", FieldLimits.SOURCE) + "文字まで"),
            Map.entry(InterchangeColumn.SYNTHETIC, "架空（サンプルの値）なら「架空」、実際の値なら空欄。この列がないファイルでは、出典に「架空」とあれば架空の値です"));

    private KpiTemplate() {}

    public static List<ColumnHelp> columns() {
        return Arrays.stream(InterchangeColumn.values())
                .map(c -> new ColumnHelp(c.labelJa(), c.header(), c.required(), MEANING.get(c)))
                .toList();
    }

    /** The plans' KPIs in catalogue order, each definition version on its own row (not headquarters' indicators). */
    public static List<KpiDefinition> definitions(KpiCatalogue catalogue) {
        return catalogue.planDefinitions();
    }

    public static byte[] workbook(KpiCatalogue catalogue) {
        List<String> header = columns().stream().map(ColumnHelp::header).toList();
        List<String> labels = columns().stream().map(ColumnHelp::labelJa).toList();
        ImportWorkbook.Table input = new ImportWorkbook.Table(
                SHEET, List.of(header, labels), 2, Map.of("target", 16, "actual", 12, "note", 30, "source", 30));
        List<List<String>> kpis = new ArrayList<>();
        kpis.add(List.of("KPIコード", "名称", "単位", "方向", "定義の開始年度", "定義の終了年度", "分子", "分母"));
        for (KpiDefinition d : definitions(catalogue)) {
            kpis.add(List.of(
                    d.kpiCode(),
                    d.nameJa(),
                    d.unit().symbol(),
                    d.direction().labelJa(),
                    Integer.toString(d.definitionFy()),
                    d.validTo().map(y -> Integer.toString(y.value())).orElse(""),
                    d.numeratorJa(),
                    d.denominatorJa()));
        }
        ImportWorkbook.Table listing = new ImportWorkbook.Table(
                CATALOGUE_SHEET, kpis, 1, Map.of("KPIコード", 30, "名称", 50, "方向", 14, "分子", 30, "分母", 30));
        return ImportWorkbook.write(input, help(), List.of(listing));
    }

    private static List<String> help() {
        List<String> lines = new ArrayList<>(List.of(
                "KPI結果の入力用テンプレート（kenpo-kpi）",
                "「" + SHEET + "」シートの1行目は列名（取り込みに使います。変えないでください）、2行目はその日本語名です。" + "3行目から、1行に1つのKPIの結果（または目標）を書きます。",
                "KPIコードは「" + CATALOGUE_SHEET + "」シートにあります（名称・単位・方向・定義の有効な年度）。",
                "このファイル（.xlsx）のまま、またはCSV（UTF-8）で保存して、取込ページ（メニューの「取込」）の"
                        + "「KPI結果」から取り込めます。取り込む前に変更内容を確認でき、誤りがあれば行番号と列名で示し、何も保存しません。",
                "取込ページにも同じ列の説明があります。",
                "",
                "列（★は必須）:"));
        for (ColumnHelp c : columns()) {
            lines.add((c.required() ? "★" : "　") + c.labelJa() + "（" + c.header() + "）: " + c.meaningJa());
        }
        return lines;
    }
}
