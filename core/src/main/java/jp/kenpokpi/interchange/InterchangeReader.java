package jp.kenpokpi.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.ResultValueCheck;
import jp.kenpokpi.target.TargetRuleParser;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.Reading;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * Reads interchange CSV files (docs/INTERCHANGE.md) into checked rows, or into the list of every problem found, each
 * naming its file, line and column. Several files are read as one batch: a row may not repeat across them.
 */
public final class InterchangeReader {

    /**
     * The cell that empties a stored field (docs/INTERCHANGE.md 「空欄と #削除」): an empty cell, like a column the file
     * does not have, leaves the stored field as it is. Full-width ＃削除 is read the same.
     */
    public static final String CLEAR = "#削除";

    /** The columns a row cannot clear: the row's key, and the target (a target is replaced, never removed). */
    private static final java.util.Set<InterchangeColumn> NOT_CLEARABLE = java.util.EnumSet.of(
            InterchangeColumn.BRANCH_CODE,
            InterchangeColumn.FISCAL_YEAR,
            InterchangeColumn.AS_OF,
            InterchangeColumn.KPI_CODE,
            InterchangeColumn.DEFINITION_FY,
            InterchangeColumn.TARGET);

    /** How often {@link #read(List, java.util.function.LongConsumer)} tells how many rows it has read. */
    public static final int PROGRESS_EVERY = 5_000;

    private final KpiCatalogue catalogue;
    private final WorkbookReader workbooks;

    public InterchangeReader(KpiCatalogue catalogue) {
        this(catalogue, WorkbookReader.NONE);
    }

    /** Reads workbooks (.xlsx) filled in with the same columns too, with {@code workbooks}. */
    public InterchangeReader(KpiCatalogue catalogue, WorkbookReader workbooks) {
        this.catalogue = catalogue;
        this.workbooks = workbooks;
    }

    /** The rows of all files, or the problems: never a part of the rows when there is a problem. */
    public record Outcome(List<InterchangeRow> rows, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Outcome read(List<InterchangeFile> files) {
        return read(files, rows -> {});
    }

    /** As {@link #read(List)}, telling {@code rowsRead} every {@link #PROGRESS_EVERY} rows how many it has read. */
    public Outcome read(List<InterchangeFile> files, java.util.function.LongConsumer rowsRead) {
        List<InterchangeRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (InterchangeFile file : files) {
            readFile(file, rows, problems, rowsRead);
        }
        // A target-only row and a result-only row for the same key complement each other (a targets file and a
        // results file imported together); two rows that both set the target, or both a result, are duplicates.
        Map<RowKey, InterchangeRow> targets = new HashMap<>();
        Map<RowKey, InterchangeRow> results = new HashMap<>();
        for (InterchangeRow row : rows) {
            InterchangeRow first = null;
            if (row.target().isPresent()) first = targets.putIfAbsent(row.key(), row);
            if (first == null && (row.hasResult() || row.target().isEmpty()))
                first = results.putIfAbsent(row.key(), row);
            if (first != null) {
                problems.add(ImportProblem.at(
                        row.file(),
                        row.line(),
                        InterchangeColumn.KPI_CODE.header(),
                        "重複する行です（ファイル「" + first.file() + "」 " + first.line() + "行目と同じ支部・年度・時点・KPI: "
                                + row.key().describeJa() + "）"));
            }
        }
        return problems.isEmpty() ? new Outcome(List.copyOf(rows), List.of()) : new Outcome(List.of(), problems);
    }

    private void readFile(
            InterchangeFile file,
            List<InterchangeRow> rows,
            List<ImportProblem> problems,
            java.util.function.LongConsumer rowsRead) {
        int done = 0;
        for (ImportCsv.Row<InterchangeColumn> row :
                ImportCsv.read(file, List.of(InterchangeColumn.values()), problems, workbooks)) {
            new RowReader(row).read().ifPresent(rows::add);
            if (++done % PROGRESS_EVERY == 0) rowsRead.accept(rows.size());
        }
        rowsRead.accept(rows.size());
    }

    /** Whether a cell's text is the marker that clears the stored field. */
    public static boolean isClear(String text) {
        return text.equals(CLEAR) || text.equals("＃削除");
    }

    /** Reads one record; every problem in it is reported, not only the first. */
    private final class RowReader {

        private final ImportCsv.Row<InterchangeColumn> row;
        private final java.util.Set<InterchangeColumn> cleared = java.util.EnumSet.noneOf(InterchangeColumn.class);

        RowReader(ImportCsv.Row<InterchangeColumn> row) {
            this.row = row;
        }

        Optional<InterchangeRow> read() {
            Optional<OrgCode> org = orgCode();
            Optional<FiscalYear> year = fiscalYear();
            Optional<AsOf> asOf = year.flatMap(this::asOf);
            Optional<KpiDefinition> definition = year.flatMap(this::definition);
            // Without these the rest cannot be judged; any other problem so far still lets the row's cells be checked.
            if (org.isEmpty() || year.isEmpty() || definition.isEmpty()) return Optional.empty();
            KpiDefinition def = definition.get();
            Optional<String> target = text(InterchangeColumn.TARGET);
            checkTarget(target, def, asOf, year.get());
            Optional<String> actualText = text(InterchangeColumn.ACTUAL);
            ResultValueCheck.Outcome value = ResultValueCheck.check(
                    def, org.get(), actualText, text(InterchangeColumn.NUMERATOR), text(InterchangeColumn.DENOMINATOR));
            value.problems().forEach(p -> problem(column(p.field()), p.messageJa()));
            Optional<Reading<PrintedValue>> actual = value.actual();
            Optional<BigDecimal> numerator = value.numerator();
            Optional<BigDecimal> denominator = value.denominator();
            Optional<String> nationalText = text(InterchangeColumn.NATIONAL_VALUE);
            Optional<BigDecimal> national = nationalValue(nationalText, def);
            Optional<Integer> rank = nationalRank();
            Optional<Mark> mark = mark();
            Optional<SelfEvaluation> self = selfEvaluation();
            Optional<String> note = joinNote(text(InterchangeColumn.NOTE), actual.flatMap(Reading::remark));
            // A remark after the value (72.2% (R6.2現在)) is kept in the note: the two together must fit it.
            if (actual.flatMap(Reading::remark).isPresent()) {
                note.flatMap(n -> InterchangeColumn.NOTE.limit().problem(n))
                        .ifPresent(m -> problem(InterchangeColumn.ACTUAL, "実績の後の括弧書きは備考に入ります。備考と合わせて" + m));
            }
            Optional<Boolean> synthetic = synthetic();
            if (row.failed()) return Optional.empty();
            return Optional.of(new InterchangeRow(
                    row.file(),
                    row.line(),
                    org.get(),
                    year.get(),
                    asOf,
                    def,
                    target,
                    actualText,
                    actual.map(Reading::value).orElse(new PrintedValue.NotYet()),
                    numerator,
                    denominator,
                    nationalText,
                    national,
                    rank,
                    mark,
                    self,
                    note,
                    text(InterchangeColumn.SOURCE),
                    synthetic,
                    cleared.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(cleared)));
        }

        /**
         * The synthetic column where the file has it (架空, or blank for not): it decides; without it, empty (the
         * source decides, or the stored flag stays: InterchangeRow).
         */
        private Optional<Boolean> synthetic() {
            if (!row.has(InterchangeColumn.SYNTHETIC)) return Optional.empty();
            Optional<String> cell = text(InterchangeColumn.SYNTHETIC);
            if (cell.isEmpty()) return Optional.of(false);
            if (cell.get().equals(InterchangeRow.SYNTHETIC)) return Optional.of(true);
            problem(InterchangeColumn.SYNTHETIC, "「" + cell.get() + "」は架空の印ではありません（架空 と書くか、空欄にします）");
            return Optional.of(false);
        }

        /** The cell's text; empty for a blank cell and for the clearing marker, which is remembered instead. */
        private Optional<String> text(InterchangeColumn column) {
            Optional<String> text = row.text(column);
            if (text.isEmpty() || !isClear(text.get())) return text;
            if (NOT_CLEARABLE.contains(column)) {
                problem(
                        column,
                        CLEAR + " はこの列には使えません（" + CLEAR + " で消せるのは実績・分子・分母・全国平均・全国順位・実施状況・自己評価・備考・出典です"
                                + (column == InterchangeColumn.TARGET ? "。目標は消せません。書き換えてください）" : "）"));
            } else {
                cleared.add(column);
            }
            return Optional.empty();
        }

        private void problem(InterchangeColumn column, String message) {
            row.problem(column, message);
        }

        private Optional<OrgCode> orgCode() {
            return row.read(InterchangeColumn.BRANCH_CODE, ImportCsv::orgCode);
        }

        private Optional<FiscalYear> fiscalYear() {
            return row.read(InterchangeColumn.FISCAL_YEAR, ImportCsv::fiscalYear);
        }

        private Optional<AsOf> asOf(FiscalYear year) {
            Optional<String> s = text(InterchangeColumn.AS_OF);
            if (s.isEmpty()) return Optional.empty();
            Optional<AsOf> asOf = AsOf.parse(s.get());
            if (asOf.isEmpty()) {
                problem(InterchangeColumn.AS_OF, "「" + s.get() + "」を時点として読めません（YYYY-MM、例: 2021-08。年度末の実績は空欄）");
            } else if (!year.contains(asOf.get().month())) {
                problem(
                        InterchangeColumn.AS_OF,
                        "時点 " + s.get() + " は " + year.label() + "（" + year.firstDay() + "〜" + year.lastDay()
                                + "）の月ではありません");
                return Optional.empty();
            }
            return asOf;
        }

        private Optional<KpiDefinition> definition(FiscalYear year) {
            Optional<String> code = text(InterchangeColumn.KPI_CODE);
            if (code.isEmpty()) {
                problem(InterchangeColumn.KPI_CODE, "KPIコードが空です");
                return Optional.empty();
            }
            Optional<Kpi> kpi = catalogue.find(code.get());
            if (kpi.isEmpty()) {
                problem(InterchangeColumn.KPI_CODE, "KPIコード「" + code.get() + "」はKPIカタログにありません");
                return Optional.empty();
            }
            Optional<String> definitionFy = text(InterchangeColumn.DEFINITION_FY);
            if (definitionFy.isPresent()) {
                Optional<FiscalYear> fy = FiscalYear.parse(definitionFy.get());
                Optional<KpiDefinition> version = fy.flatMap(f -> kpi.get().versionStartingIn(f.value()));
                if (version.isEmpty()) {
                    problem(
                            InterchangeColumn.DEFINITION_FY,
                            "「" + definitionFy.get() + "」は" + code.get()
                                    + "の定義の版ではありません（版の開始年度: "
                                    + kpi.get().versions().stream()
                                            .map(v -> Integer.toString(v.definitionFy()))
                                            .collect(Collectors.joining("、"))
                                    + "）");
                }
                return version;
            }
            Optional<KpiDefinition> version = kpi.get().definitionIn(year);
            if (version.isEmpty()) {
                FiscalYear first = kpi.get().versions().get(0).validFrom();
                String why = year.isBefore(first)
                        ? first.japanese() + "から設定されたKPIです"
                        : kpi.get().latest().validTo().map(FiscalYear::japanese).orElse("") + "で終了（削除）したKPIです";
                problem(
                        InterchangeColumn.KPI_CODE,
                        code.get() + "は" + year.label() + "には定義がありません（" + why
                                + "。前年度の値を新しい定義で書くときは definition_fy を指定）");
            }
            return version;
        }

        private void checkTarget(Optional<String> target, KpiDefinition def, Optional<AsOf> asOf, FiscalYear year) {
            if (target.isEmpty()) return;
            if (asOf.isPresent()) {
                problem(InterchangeColumn.TARGET, "目標は年度末の行（as_of が空の行）に書いてください");
                return;
            }
            boolean restated = !catalogue.get(def.kpiCode()).definitionIn(year).equals(Optional.of(def));
            if (restated) {
                problem(InterchangeColumn.TARGET, "目標はその年度に有効な定義の行に書いてください（再計算値の行には書けません）");
                return;
            }
            try {
                TargetRuleParser.parse(target.get(), def);
            } catch (UnreadableValueException e) {
                problem(InterchangeColumn.TARGET, e.getMessage());
            }
        }

        private InterchangeColumn column(ResultValueCheck.Field field) {
            return switch (field) {
                case ACTUAL -> InterchangeColumn.ACTUAL;
                case NUMERATOR -> InterchangeColumn.NUMERATOR;
                case DENOMINATOR -> InterchangeColumn.DENOMINATOR;
            };
        }

        private Optional<BigDecimal> nationalValue(Optional<String> text, KpiDefinition def) {
            if (text.isEmpty()) return Optional.empty();
            try {
                PrintedValue value = PrintedValueParser.parse(text.get()).value();
                ResultValueCheck.kindProblem(text.get(), value, def, OrgCode.ASSOCIATION)
                        .ifPresent(m -> problem(InterchangeColumn.NATIONAL_VALUE, m));
                if (value instanceof PrintedValue.Amount amount) return Optional.of(amount.number());
                if (value instanceof PrintedValue.BranchCount count)
                    return Optional.of(BigDecimal.valueOf(count.count()));
                return Optional.empty();
            } catch (UnreadableValueException e) {
                problem(InterchangeColumn.NATIONAL_VALUE, e.getMessage());
                return Optional.empty();
            }
        }

        private Optional<Integer> nationalRank() {
            Optional<String> s = text(InterchangeColumn.NATIONAL_RANK);
            if (s.isEmpty()) return Optional.empty();
            String digits = jp.kenpokpi.value.Digits.toHalfWidth(s.get())
                    .replace("全国", "")
                    .replace("位", "");
            if (digits.matches("\\d{1,2}")) {
                int rank = Integer.parseInt(digits);
                if (rank >= 1 && rank <= 47) return Optional.of(rank);
            }
            problem(InterchangeColumn.NATIONAL_RANK, "「" + s.get() + "」を順位として読めません（1〜47の整数）");
            return Optional.empty();
        }

        private Optional<Mark> mark() {
            return symbol(InterchangeColumn.MARK, Mark::parse, "は実施状況の記号ではありません（◎ ○ △ × —）");
        }

        private Optional<SelfEvaluation> selfEvaluation() {
            return symbol(InterchangeColumn.SELF_EVALUATION, SelfEvaluation::parse, "は自己評価ではありません（S A B C D）");
        }

        /** A column holding one of a few symbols: empty when blank, a problem 「x」＋notOneJa when not one of them. */
        private <T> Optional<T> symbol(InterchangeColumn column, Function<String, Optional<T>> parse, String notOneJa) {
            Optional<String> s = text(column);
            if (s.isEmpty()) return Optional.empty();
            Optional<T> symbol = parse.apply(s.get());
            if (symbol.isEmpty()) problem(column, "「" + s.get() + "」" + notOneJa);
            return symbol;
        }

        private Optional<String> joinNote(Optional<String> note, Optional<String> remark) {
            if (remark.isEmpty()) return note;
            return Optional.of(note.map(n -> n + " ").orElse("") + "(" + remark.get() + ")");
        }
    }
}
