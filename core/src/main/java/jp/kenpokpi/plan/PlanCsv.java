package jp.kenpokpi.plan;

import static jp.kenpokpi.plan.PlanColumn.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.interchange.ImportCsv;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.WorkbookReader;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Digits;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * Reads business plan CSV files (docs/PLAN.md) into whole plans, or into every problem found, each naming file, line
 * and column in Japanese. A file holds the whole plan of each branch and year it names: measures, then their actions
 * and KPIs on rows of their own, tied to the measure by area and number.
 */
public final class PlanCsv {

    private final KpiCatalogue catalogue;
    private final WorkbookReader workbooks;

    public PlanCsv(KpiCatalogue catalogue) {
        this(catalogue, WorkbookReader.NONE);
    }

    /** Reads the Excel template (.xlsx) too, with {@code workbooks}: the same columns, one row per sheet row. */
    public PlanCsv(KpiCatalogue catalogue, WorkbookReader workbooks) {
        this.catalogue = catalogue;
        this.workbooks = workbooks;
    }

    /** The plans of all files, or the problems: never a part of the plans when there is a problem. */
    public record Outcome(List<BusinessPlan> plans, int rowCount, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record PlanKey(OrgCode org, FiscalYear year) {}

    private record MeasureKey(PlanKey plan, PlanArea area, int number) {

        String describeJa() {
            return area.nameJa() + "の施策" + number;
        }
    }

    /** A measure's rows while the files are read: the measure's own row may come after its actions. */
    private static final class Draft {
        Optional<ImportCsv.Row<PlanColumn>> measureRow = Optional.empty();
        Measure measure;
        Optional<String> source = Optional.empty();
        final Map<Integer, PlanAction> actions = new LinkedHashMap<>();
        final List<PlanKpi> kpis = new ArrayList<>();
        final List<ImportCsv.Row<PlanColumn>> childRows = new ArrayList<>();
    }

    public Outcome read(List<InterchangeFile> files) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<MeasureKey, Draft> drafts = new LinkedHashMap<>();
        Map<PlanKey, Map<String, ImportCsv.Row<PlanColumn>>> kpiRows = new HashMap<>();
        Map<PlanKey, Map<Integer, ImportCsv.Row<PlanColumn>>> itemRows = new HashMap<>();
        int rowCount = 0;
        for (InterchangeFile file : files) {
            for (ImportCsv.Row<PlanColumn> row :
                    ImportCsv.read(file, List.of(PlanColumn.values()), problems, workbooks)) {
                rowCount++;
                new RowReader(row, drafts, kpiRows, itemRows).read();
            }
        }
        drafts.forEach((key, draft) -> {
            if (draft.measureRow.isEmpty()) {
                ImportCsv.Row<PlanColumn> first = draft.childRows.get(0);
                first.problem(MEASURE_NO, key.describeJa() + "の行（record=measure）がありません。取組・KPIの行は施策の行に属します");
            }
        });
        if (!problems.isEmpty()) return new Outcome(List.of(), 0, problems);
        return new Outcome(assemble(drafts), rowCount, List.of());
    }

    private static List<BusinessPlan> assemble(Map<MeasureKey, Draft> drafts) {
        Map<PlanKey, List<Measure>> measures = new LinkedHashMap<>();
        Map<PlanKey, Optional<String>> sources = new HashMap<>();
        drafts.forEach((key, d) -> {
            Measure m = d.measure;
            measures.computeIfAbsent(key.plan(), k -> new ArrayList<>())
                    .add(new Measure(
                            m.number(),
                            m.area(),
                            m.group(),
                            m.title(),
                            m.planText(),
                            m.doneText(),
                            m.issues(),
                            m.importanceReason(),
                            m.difficultyReason(),
                            m.selfEvaluation(),
                            m.selfEvaluationReason(),
                            List.copyOf(d.actions.values()),
                            d.kpis));
            sources.merge(key.plan(), d.source, (a, b) -> a.or(() -> b));
        });
        List<BusinessPlan> plans = new ArrayList<>();
        measures.forEach((key, list) -> plans.add(new BusinessPlan(key.org(), key.year(), list, sources.get(key))));
        return plans;
    }

    /** Reads one row; every problem in it is reported, not only the first. */
    private final class RowReader {

        private final ImportCsv.Row<PlanColumn> row;
        private final Map<MeasureKey, Draft> drafts;
        private final Map<PlanKey, Map<String, ImportCsv.Row<PlanColumn>>> kpiRows;
        private final Map<PlanKey, Map<Integer, ImportCsv.Row<PlanColumn>>> itemRows;

        RowReader(
                ImportCsv.Row<PlanColumn> row,
                Map<MeasureKey, Draft> drafts,
                Map<PlanKey, Map<String, ImportCsv.Row<PlanColumn>>> kpiRows,
                Map<PlanKey, Map<Integer, ImportCsv.Row<PlanColumn>>> itemRows) {
            this.row = row;
            this.drafts = drafts;
            this.kpiRows = kpiRows;
            this.itemRows = itemRows;
        }

        void read() {
            Optional<OrgCode> org = row.read(BRANCH_CODE, ImportCsv::orgCode);
            Optional<FiscalYear> year = row.read(FISCAL_YEAR, ImportCsv::fiscalYear);
            Optional<PlanRecord> record = row.read(
                    RECORD,
                    text -> PlanRecord.parse(text.orElse(""))
                            .orElseThrow(() -> new UnreadableValueException(
                                    "「" + text.orElse("") + "」は行の種類ではありません（measure＝施策、action＝取組、kpi＝KPI）")));
            Optional<PlanArea> area = row.read(
                    AREA,
                    text -> PlanArea.parse(text.orElse(""))
                            .orElseThrow(() -> new UnreadableValueException(
                                    "「" + text.orElse("") + "」は分野ではありません（基盤的保険者機能、戦略的保険者機能、組織・運営体制）")));
            Optional<Integer> number = row.read(MEASURE_NO, PlanCsv::positiveNumber);
            if (record.isPresent()) {
                for (PlanColumn column : PlanColumn.values()) {
                    if (!record.get().uses(column) && row.text(column).isPresent()) {
                        row.problem(column, record.get().nameJa() + "の行には書けない列です（空にしてください）");
                    }
                }
            }
            if (row.failed()
                    || org.isEmpty()
                    || year.isEmpty()
                    || record.isEmpty()
                    || area.isEmpty()
                    || number.isEmpty()) {
                return;
            }
            MeasureKey key = new MeasureKey(new PlanKey(org.get(), year.get()), area.get(), number.get());
            Draft draft = drafts.computeIfAbsent(key, k -> new Draft());
            switch (record.get()) {
                case MEASURE -> measure(key, draft);
                case ACTION -> action(key, draft);
                case KPI -> kpi(key, draft);
            }
            row.text(SOURCE).ifPresent(s -> draft.source = draft.source.or(() -> Optional.of(s)));
        }

        private void measure(MeasureKey key, Draft draft) {
            if (draft.measureRow.isPresent()) {
                row.problem(
                        MEASURE_NO,
                        "重複する施策です（ファイル「" + draft.measureRow.get().file() + "」 "
                                + draft.measureRow.get().line() + "行目と同じ" + key.describeJa() + "）");
                return;
            }
            Optional<String> title = row.text(TITLE);
            if (title.isEmpty() && !row.failed()) row.problem(TITLE, "施策名が空です（例: 健全な財政運営）");
            Optional<SelfEvaluation> self = row.read(
                    SELF_EVALUATION,
                    text -> text.isEmpty()
                            ? null
                            : SelfEvaluation.parse(text.get())
                                    .orElseThrow(() -> new UnreadableValueException(
                                            "「" + text.get() + "」は自己評価ではありません（S、A、B、C、Dのいずれか）")));
            Optional<String> reason = row.text(SELF_EVALUATION_REASON);
            Optional<SelfEvaluation.Lacking> lacking = SelfEvaluation.lacking(self, reason);
            if (lacking.equals(Optional.of(SelfEvaluation.Lacking.REASON))) {
                row.problem(SELF_EVALUATION_REASON, "自己評価（" + self.get() + "）の理由を書いてください");
            }
            // A grade that did not read has its own problem already.
            if (lacking.equals(Optional.of(SelfEvaluation.Lacking.GRADE))
                    && row.text(SELF_EVALUATION).isEmpty()) {
                row.problem(SELF_EVALUATION, "自己評価の理由がありますが、自己評価（S〜D）が空です");
            }
            Optional<String> group = row.text(GROUP);
            Optional<String> plan = row.text(PLAN_TEXT);
            Optional<String> done = row.text(DONE_TEXT);
            Optional<String> issues = row.text(ISSUES);
            Optional<String> importance = row.text(IMPORTANCE_REASON);
            Optional<String> difficulty = row.text(DIFFICULTY_REASON);
            draft.measureRow = Optional.of(row);
            if (row.failed()) return;
            draft.measure = new Measure(
                    key.number(),
                    key.area(),
                    group.orElse(""),
                    title.get(),
                    plan.orElse(""),
                    done.orElse(""),
                    issues.orElse(""),
                    importance,
                    difficulty,
                    self,
                    reason.orElse(""),
                    List.of(),
                    List.of());
        }

        private void action(MeasureKey key, Draft draft) {
            draft.childRows.add(row);
            Optional<Integer> number = row.read(ACTION_NO, PlanCsv::actionNumber);
            Optional<String> plan = row.text(PLAN_TEXT);
            if (plan.isEmpty() && !row.failed()) row.problem(PLAN_TEXT, "取組の内容（plan_text）が空です");
            Optional<String> done = row.text(DONE_TEXT);
            Optional<Mark> mark = row.read(
                    MARK,
                    text -> text.isEmpty()
                            ? null
                            : Mark.parse(text.get())
                                    .filter(m -> m != Mark.NONE)
                                    .orElseThrow(() -> new UnreadableValueException(
                                            "「" + text.get() + "」は実施状況の記号ではありません（◎、○、△、×）")));
            if (row.failed() || number.isEmpty()) return;
            if (draft.actions.containsKey(number.get())) {
                row.problem(ACTION_NO, "重複する取組です（" + key.describeJa() + "の取組" + number.get() + "）");
                return;
            }
            draft.actions.put(number.get(), new PlanAction(number.get(), plan.get(), done.orElse(""), mark));
        }

        private void kpi(MeasureKey key, Draft draft) {
            draft.childRows.add(row);
            Optional<String> code = row.read(KPI_CODE, ImportCsv.required("KPIコードが空です（例: SS_ACHIEVEMENT）"));
            Optional<Integer> item = row.read(ITEM_NO, PlanCsv::positiveNumber);
            Optional<String> reasoning = row.text(TARGET_REASONING);
            if (code.isPresent()) {
                Optional<Kpi> kpi = catalogue.find(code.get());
                if (kpi.isEmpty()) {
                    row.problem(KPI_CODE, "KPIコード「" + code.get() + "」はKPI一覧にありません");
                } else if (kpi.get().definitionIn(key.plan().year()).isEmpty()) {
                    row.problem(
                            KPI_CODE,
                            "KPI「" + code.get() + "」は" + key.plan().year().japanese() + "の定義がありません");
                }
            }
            if (row.failed() || code.isEmpty() || item.isEmpty()) return;
            ImportCsv.Row<PlanColumn> sameKpi =
                    kpiRows.computeIfAbsent(key.plan(), k -> new HashMap<>()).putIfAbsent(code.get(), row);
            if (sameKpi != null) {
                row.problem(
                        KPI_CODE,
                        "KPI「" + code.get() + "」はこの計画で既に使われています（ファイル「" + sameKpi.file() + "」 " + sameKpi.line()
                                + "行目）。一つのKPIは一つの施策に属します");
            }
            ImportCsv.Row<PlanColumn> sameItem =
                    itemRows.computeIfAbsent(key.plan(), k -> new HashMap<>()).putIfAbsent(item.get(), row);
            if (sameItem != null) {
                row.problem(
                        ITEM_NO,
                        "項番" + item.get() + "はこの計画で既に使われています（ファイル「" + sameItem.file() + "」 " + sameItem.line() + "行目）");
            }
            if (!row.failed()) draft.kpis.add(new PlanKpi(code.get(), item.get(), reasoning));
        }
    }

    /** A measure's or a KPI's number: 1, １, (1), （1）. */
    static Integer positiveNumber(Optional<String> text) throws UnreadableValueException {
        if (text.isEmpty()) throw new UnreadableValueException("番号が空です（1以上の整数）");
        String s = Digits.toHalfWidth(text.get()).replaceAll("[()（）．.]", "").strip();
        if (!s.matches("\\d{1,3}") || Integer.parseInt(s) < 1) {
            throw new UnreadableValueException("「" + text.get() + "」を番号として読めません（1以上の整数）");
        }
        return Integer.parseInt(s);
    }

    /** An action's number as printed (①) or as a number. */
    static Integer actionNumber(Optional<String> text) throws UnreadableValueException {
        if (text.isPresent() && text.get().strip().length() == 1) {
            int circled = PlanAction.CIRCLED.indexOf(text.get().strip().charAt(0));
            if (circled >= 0) return circled + 1;
        }
        return positiveNumber(text);
    }
}
