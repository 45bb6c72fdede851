package jp.kenpokpi.plan;

import static jp.kenpokpi.plan.PlanColumn.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * Writes business plans back in the plan CSV format (docs/PLAN.md) that {@link PlanCsv} reads: every column in the
 * header, each measure followed by its actions and its KPIs. It is the template users download, edit and import
 * again, so reading what it writes gives the same plan.
 */
public final class PlanCsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PlanCsvWriter() {}

    public static String write(List<BusinessPlan> plans) {
        CsvWriter csv = new CsvWriter();
        rows(plans).forEach(csv::row);
        return csv.toString();
    }

    /** The file's rows, header first: what the CSV holds line by line and the Excel template cell by cell. */
    public static List<List<String>> rows(List<BusinessPlan> plans) {
        List<List<String>> csv = new ArrayList<>();
        csv.add(Arrays.stream(PlanColumn.values()).map(PlanColumn::header).toList());
        for (BusinessPlan plan : plans) {
            for (Measure m : plan.measures()) {
                Map<PlanColumn, String> row = row(plan.organisation(), plan.year(), PlanRecord.MEASURE, m);
                row.put(GROUP, m.group());
                row.put(TITLE, m.title());
                row.put(PLAN_TEXT, m.planText());
                row.put(DONE_TEXT, m.doneText());
                row.put(ISSUES, m.issues());
                row.put(IMPORTANCE_REASON, m.importanceReason().orElse(""));
                row.put(DIFFICULTY_REASON, m.difficultyReason().orElse(""));
                row.put(
                        SELF_EVALUATION,
                        m.selfEvaluation().map(SelfEvaluation::name).orElse(""));
                row.put(SELF_EVALUATION_REASON, m.selfEvaluationReason());
                row.put(SOURCE, plan.source().orElse(""));
                csv.add(fields(row));
                for (PlanAction a : m.actions()) {
                    Map<PlanColumn, String> action = row(plan.organisation(), plan.year(), PlanRecord.ACTION, m);
                    action.put(ACTION_NO, Integer.toString(a.number()));
                    action.put(PLAN_TEXT, a.planText());
                    action.put(DONE_TEXT, a.doneText());
                    action.put(MARK, a.mark().map(Mark::symbol).orElse(""));
                    csv.add(fields(action));
                }
                for (PlanKpi k : m.kpis()) {
                    Map<PlanColumn, String> kpi = row(plan.organisation(), plan.year(), PlanRecord.KPI, m);
                    kpi.put(KPI_CODE, k.kpiCode());
                    kpi.put(ITEM_NO, Integer.toString(k.item()));
                    kpi.put(TARGET_REASONING, k.targetReasoning().orElse(""));
                    csv.add(fields(kpi));
                }
            }
        }
        return csv;
    }

    /**
     * UTF-8 with a BOM: Excel opens a CSV without one in the system code page and garbles the Japanese. The reader
     * accepts the BOM, so the file goes back in as it came out.
     */
    public static byte[] bytesForExcel(List<BusinessPlan> plans) {
        byte[] text = write(plans).getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(BOM, BOM.length + text.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static Map<PlanColumn, String> row(OrgCode org, FiscalYear year, PlanRecord record, Measure m) {
        Map<PlanColumn, String> row = new EnumMap<>(PlanColumn.class);
        row.put(BRANCH_CODE, org.value());
        row.put(FISCAL_YEAR, Integer.toString(year.value()));
        row.put(RECORD, record.code());
        row.put(AREA, m.area().nameJa());
        row.put(MEASURE_NO, Integer.toString(m.number()));
        return row;
    }

    private static List<String> fields(Map<PlanColumn, String> row) {
        List<String> fields = new ArrayList<>();
        for (PlanColumn column : PlanColumn.values()) fields.add(row.getOrDefault(column, ""));
        return fields;
    }
}
