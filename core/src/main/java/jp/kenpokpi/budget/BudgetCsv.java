package jp.kenpokpi.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.interchange.ImportCsv;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.WorkbookReader;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Digits;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * Reads budget execution CSV files (docs/BUDGET.md) into each branch's budget for a year, or into every problem
 * found, each naming file, line and column in Japanese. One row is one item; sections and categories are named on
 * every row and keep the order in which they first appear. Subtotals and totals are not columns: they are computed.
 */
public final class BudgetCsv {

    /** Larger than any budget of a branch; keeps every sum far from overflowing. */
    private static final long MAX_YEN = 999_999_999_999L;

    private BudgetCsv() {}

    /**
     * The budgets of all files, or the problems: never a part of the budgets when there is a problem. {@code places}
     * names the first row of each branch and year in each file: where a refusal of the user's rights or of a locked
     * year points.
     */
    public record Outcome(
            List<BudgetExecution> budgets, int rowCount, List<ImportProblem> problems, List<Place> places) {

        public Outcome(List<BudgetExecution> budgets, int rowCount, List<ImportProblem> problems) {
            this(budgets, rowCount, problems, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The first row of a branch's year in a file. */
    public record Place(String file, int line, OrgCode org, FiscalYear year) {}

    private record Line(
            String file, int line, OrgCode org, FiscalYear year, String section, String category, BudgetItem item) {}

    private record ItemKey(OrgCode org, FiscalYear year, String section, int number) {}

    private record BudgetKey(OrgCode org, FiscalYear year) {}

    public static Outcome read(List<InterchangeFile> files) {
        return read(files, WorkbookReader.NONE);
    }

    /** As {@link #read(List)}, reading a workbook (.xlsx, the Excel template) with {@code workbooks}. */
    public static Outcome read(List<InterchangeFile> files, WorkbookReader workbooks) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (InterchangeFile file : files) {
            for (ImportCsv.Row<BudgetColumn> row :
                    ImportCsv.read(file, List.of(BudgetColumn.values()), problems, workbooks)) {
                line(row).ifPresent(lines::add);
            }
        }
        Map<ItemKey, Line> seen = new HashMap<>();
        for (Line line : lines) {
            Line first = seen.putIfAbsent(
                    new ItemKey(
                            line.org(), line.year(), line.section(), line.item().number()),
                    line);
            if (first != null) {
                problems.add(ImportProblem.at(
                        line.file(),
                        line.line(),
                        BudgetColumn.ITEM_NO.header(),
                        "重複する行です（ファイル「" + first.file() + "」 " + first.line() + "行目と同じ支部・年度・予算「" + line.section()
                                + "」・番号" + line.item().label() + "）"));
            }
        }
        if (!problems.isEmpty()) return new Outcome(List.of(), 0, problems);
        return new Outcome(assemble(lines), lines.size(), List.of(), places(lines));
    }

    private static List<Place> places(List<Line> lines) {
        Map<String, Place> first = new LinkedHashMap<>();
        for (Line l : lines) {
            first.putIfAbsent(
                    l.file() + "/" + l.org() + "/" + l.year(), new Place(l.file(), l.line(), l.org(), l.year()));
        }
        return List.copyOf(first.values());
    }

    private static Optional<Line> line(ImportCsv.Row<BudgetColumn> row) {
        Optional<OrgCode> org = row.read(BudgetColumn.BRANCH_CODE, ImportCsv::orgCode);
        Optional<FiscalYear> year = row.read(BudgetColumn.FISCAL_YEAR, ImportCsv::fiscalYear);
        Optional<String> section = row.read(BudgetColumn.SECTION, ImportCsv.required("予算の名前が空です（例: 医療費適正化等予算）"));
        Optional<String> category = row.read(BudgetColumn.CATEGORY, ImportCsv.required("分野が空です（例: 医療費適正化対策）"));
        Optional<Integer> number = row.read(BudgetColumn.ITEM_NO, BudgetCsv::itemNumber);
        Optional<String> name = row.read(BudgetColumn.ITEM, ImportCsv.required("取組の名前が空です"));
        Optional<Long> budget = row.read(BudgetColumn.BUDGET, text -> yen(text, "予算額"));
        Optional<Long> executed = row.read(BudgetColumn.EXECUTED, text -> yen(text, "執行額"));
        if (row.failed()) return Optional.empty();
        Optional<String> source = row.text(BudgetColumn.SOURCE);
        // Synthetic sample values say so in their source, as in the KPI interchange file.
        boolean synthetic = source.map(s -> s.contains("架空")).orElse(false);
        BudgetItem item = new BudgetItem(
                number.get(), name.get(), new BudgetAmounts(budget.get(), executed.get()), source, synthetic);
        return Optional.of(
                new Line(row.file(), row.line(), org.get(), year.get(), section.get(), category.get(), item));
    }

    /** (1), （１）, 1 */
    static int itemNumber(Optional<String> text) throws UnreadableValueException {
        if (text.isEmpty()) throw new UnreadableValueException("取組の番号が空です（例: 1。報告書の(1)）");
        String digits = Digits.toHalfWidth(text.get()).replaceAll("^\\((\\d+)\\)$", "$1");
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) == 0) {
            throw new UnreadableValueException("「" + text.get() + "」を取組の番号として読めません（1以上の整数、例: 1 または (1)）");
        }
        return Integer.parseInt(digits);
    }

    /** 1910000, 1,910,000, 1,910,000円: whole yen, 0 or more. */
    public static long yen(Optional<String> text, String whatJa) throws UnreadableValueException {
        if (text.isEmpty()) throw new UnreadableValueException(whatJa + "が空です（円単位の整数、例: 1,910,000）");
        String s = Digits.toHalfWidth(text.get()).strip();
        if (s.endsWith("円")) s = s.substring(0, s.length() - 1);
        BigDecimal amount;
        try {
            amount = PrintedValueParser.parseCount(s);
        } catch (UnreadableValueException e) {
            throw new UnreadableValueException(
                    "「" + text.get() + "」を" + whatJa + "として読めません（0以上の円単位の整数、例: 1910000、1,910,000）");
        }
        if (amount.stripTrailingZeros().scale() > 0) {
            throw new UnreadableValueException(whatJa + "「" + text.get() + "」は円単位の整数で書いてください");
        }
        if (amount.compareTo(BigDecimal.valueOf(MAX_YEN)) > 0) {
            throw new UnreadableValueException(
                    whatJa + "「" + text.get() + "」が大きすぎます（" + BudgetAmounts.yen(MAX_YEN) + "まで）");
        }
        return amount.longValueExact();
    }

    /** Groups the rows by branch and year, then section and category in order of first appearance. */
    private static List<BudgetExecution> assemble(List<Line> lines) {
        Map<BudgetKey, Map<String, Map<String, List<BudgetItem>>>> budgets = new LinkedHashMap<>();
        for (Line line : lines) {
            budgets.computeIfAbsent(new BudgetKey(line.org(), line.year()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(line.section(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(line.category(), k -> new ArrayList<>())
                    .add(line.item());
        }
        List<BudgetExecution> result = new ArrayList<>();
        budgets.forEach((key, sections) -> result.add(new BudgetExecution(
                key.org(),
                key.year(),
                sections.entrySet().stream()
                        .map(s -> new BudgetSection(
                                s.getKey(),
                                s.getValue().entrySet().stream()
                                        .map(c -> new BudgetCategory(
                                                c.getKey(),
                                                c.getValue().stream()
                                                        .sorted(Comparator.comparingInt(BudgetItem::number))
                                                        .toList()))
                                        .toList()))
                        .toList())));
        return result;
    }
}
