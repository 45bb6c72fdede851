package jp.kenpokpi.app.budget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.interchange.ImportWorkbook;
import jp.kenpokpi.app.interchange.KpiTemplate.ColumnHelp;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetCategory;
import jp.kenpokpi.budget.BudgetColumn;
import jp.kenpokpi.budget.BudgetCsvWriter;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.budget.BudgetItem;
import jp.kenpokpi.budget.BudgetSection;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The budget of a branch's year as an Excel template (docs/BUDGET.md): the budget CSV's columns with their Japanese
 * labels on a sheet 予算執行, one row per item, and a sheet 説明. A year with a budget gives its rows as stored; a year
 * without one starts from the branch's latest earlier budget (its items and 予算額, 執行額 0, no source), else from the
 * header alone. Saved as .xlsx it imports as it is.
 */
@Component
public class BudgetWorkbook {

    static final String SHEET = "予算執行";

    private static final Map<BudgetColumn, String> MEANING = Map.of(
            BudgetColumn.BRANCH_CODE, "01〜47 の2桁（例: 09＝栃木支部）",
            BudgetColumn.FISCAL_YEAR, "年度の開始年（例: 2024）または 令和6年度",
            BudgetColumn.SECTION, "予算の名前。報告書の表題から「の執行実績」を除いたもの（例: 医療費適正化等予算）",
            BudgetColumn.CATEGORY, "分野（例: 医療費適正化対策）。表の小計はこの単位で計算します",
            BudgetColumn.ITEM_NO, "予算の中での取組の番号（例: 1 または (1)）。同じ予算の中で重複不可",
            BudgetColumn.ITEM, "主な取組の名前（例: 情報提供）",
            BudgetColumn.BUDGET, "予算額。円単位の0以上の整数（例: 1910000、1,910,000、1,910,000円）",
            BudgetColumn.EXECUTED, "執行額。予算額と同じ書き方。まだ執行がなければ 0",
            BudgetColumn.SOURCE, "任意。値の出典（資料名と行）");

    private final BudgetRepository budgets;

    BudgetWorkbook(BudgetRepository budgets) {
        this.budgets = budgets;
    }

    public static List<ColumnHelp> columns() {
        return Arrays.stream(BudgetColumn.values())
                .map(c -> new ColumnHelp(c.labelJa(), c.header(), c.required(), MEANING.get(c)))
                .toList();
    }

    /** The template of the branch's year, as described above. */
    public byte[] template(Organisation branch, FiscalYear year) {
        Optional<BudgetExecution> start = budgets.find(branch.code(), year)
                .or(() -> budgets.years(branch.code()).stream()
                        .filter(y -> y.compareTo(year) < 0)
                        .findFirst()
                        .flatMap(y -> budgets.find(branch.code(), y))
                        .map(earlier -> startingFrom(earlier, year)));
        List<List<String>> rows = BudgetCsvWriter.rows(start.stream().toList());
        ImportWorkbook.Table input = new ImportWorkbook.Table(
                SHEET, rows, 2, Map.of("section", 24, "category", 24, "item", 36, "source", 24));
        return ImportWorkbook.write(input, help(branch, year, start.isPresent()), List.of());
    }

    /** An earlier year's items and budgets under the new year, nothing executed yet and no source. */
    private static BudgetExecution startingFrom(BudgetExecution earlier, FiscalYear year) {
        List<BudgetSection> sections = new ArrayList<>();
        for (BudgetSection s : earlier.sections()) {
            List<BudgetCategory> categories = new ArrayList<>();
            for (BudgetCategory c : s.categories()) {
                categories.add(new BudgetCategory(
                        c.nameJa(),
                        c.items().stream()
                                .map(i -> new BudgetItem(
                                        i.number(),
                                        i.nameJa(),
                                        new BudgetAmounts(i.amounts().budget(), 0),
                                        Optional.empty(),
                                        false))
                                .toList()));
            }
            sections.add(new BudgetSection(s.nameJa(), categories));
        }
        return new BudgetExecution(earlier.org(), year, sections);
    }

    private static List<String> help(Organisation branch, FiscalYear year, boolean prefilled) {
        List<String> lines = new ArrayList<>(List.of(
                "予算執行の入力用テンプレート（kenpo-kpi）: " + branch.nameJa() + " " + year.label(),
                "「" + SHEET + "」シートの1行目は列名（取り込みに使います。変えないでください）、2行目はその日本語名です。"
                        + "3行目から、1行に1つの取組（主な取組）を書きます。小計・総計・執行率は書きません（システムが計算します）。",
                prefilled
                        ? "登録済みの予算（またはこの支部の前年度までの予算の取組と予算額。執行額は0）を入れてあります。直して取り込んでください。"
                        : "この支部にはまだ予算がありません。3行目から取組を書いてください。",
                "このファイル（.xlsx）のまま、またはCSV（UTF-8）で保存して、取込ページ（メニューの「取込」）の「予算執行」から取り込めます。",
                "取り込むと、ファイルにある支部・年度の予算がファイルの内容に置き換わります（行のない取組は削除。変更はすべて履歴に残ります）。",
                "取り込む前に変更内容を確認できます。誤りがあれば行番号と列名で示し、何も保存しません。",
                "",
                "列（★は必須）:"));
        for (ColumnHelp c : columns()) {
            lines.add((c.required() ? "★" : "　") + c.labelJa() + "（" + c.header() + "）: " + c.meaningJa());
        }
        return lines;
    }
}
