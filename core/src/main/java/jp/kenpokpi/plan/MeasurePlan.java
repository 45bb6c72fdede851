package jp.kenpokpi.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.FieldLimits;

/**
 * What the plan says of a measure, as typed on its plan page (施策の計画): its group, title, text, the reasons of its
 * tags, its actions as planned and the KPIs that judge it with 項番 and 設定に当たっての考え方. What was reported
 * against it (実施状況, marks, the self-evaluation) is {@link MeasureReport}'s, and stays as it was.
 *
 * @param actions the actions kept, in order; number 0 is a new one
 * @param kpis    the KPIs the measure keeps, as typed
 */
public record MeasurePlan(
        String group,
        String title,
        String planText,
        String importanceReason,
        String difficultyReason,
        List<ActionPlan> actions,
        List<KpiLink> kpis) {

    /** An action as planned; number 0 is an action added now, numbered after the measure's last. */
    public record ActionPlan(int number, String planText) {

        public ActionPlan {
            planText = strip(planText);
        }
    }

    /** A KPI of the measure as typed: its catalogue code, its 項番 as text, its 設定に当たっての考え方. */
    public record KpiLink(String kpiCode, String item, String targetReasoning) {

        public KpiLink {
            kpiCode = strip(kpiCode);
            item = strip(item);
            targetReasoning = strip(targetReasoning);
        }
    }

    public enum Field {
        GROUP,
        TITLE,
        PLAN_TEXT,
        IMPORTANCE_REASON,
        DIFFICULTY_REASON,
        ACTION_PLAN_TEXT,
        KPI_CODE,
        KPI_ITEM,
        KPI_REASONING
    }

    /** @param row the action's or KPI's index in its list; 0 for the measure's own fields */
    public record Problem(Field field, int row, String messageJa) {}

    static final int MAX_ITEM = 999;

    public MeasurePlan {
        group = strip(group);
        title = strip(title);
        planText = strip(planText);
        importanceReason = strip(importanceReason);
        difficultyReason = strip(difficultyReason);
        actions = List.copyOf(actions);
        kpis = List.copyOf(kpis);
    }

    public static MeasurePlan of(Measure m) {
        return new MeasurePlan(
                m.group(),
                m.title(),
                m.planText(),
                m.importanceReason().orElse(""),
                m.difficultyReason().orElse(""),
                m.actions().stream()
                        .map(a -> new ActionPlan(a.number(), a.planText()))
                        .toList(),
                m.kpis().stream()
                        .map(k -> new KpiLink(
                                k.kpiCode(),
                                Integer.toString(k.item()),
                                k.targetReasoning().orElse("")))
                        .toList());
    }

    /**
     * The rules the plan CSV holds a measure to: a title, texts their columns hold, each action's plan, a KPI of the
     * year's catalogue that no other measure of the plan has, a 項番 1–999 that no other KPI of the plan uses.
     *
     * @param others    the plan's other measures
     * @param kpiNames  the year's catalogue: KPI names by code
     */
    public List<Problem> problems(FiscalYear year, List<Measure> others, Map<String, String> kpiNames) {
        List<Problem> problems = new ArrayList<>();
        check(problems, Field.GROUP, 0, FieldLimits.Text.PLAN_GROUP, group);
        if (title.isEmpty()) problems.add(new Problem(Field.TITLE, 0, "施策名を入力してください"));
        check(problems, Field.TITLE, 0, FieldLimits.Text.PLAN_TITLE, title);
        check(problems, Field.PLAN_TEXT, 0, FieldLimits.Text.PLAN_TEXT, planText);
        check(problems, Field.IMPORTANCE_REASON, 0, FieldLimits.Text.PLAN_REASON, importanceReason);
        check(problems, Field.DIFFICULTY_REASON, 0, FieldLimits.Text.PLAN_REASON, difficultyReason);
        for (int i = 0; i < actions.size(); i++) {
            String text = actions.get(i).planText();
            if (text.isEmpty()) problems.add(new Problem(Field.ACTION_PLAN_TEXT, i, "取組の計画を入力してください"));
            check(problems, Field.ACTION_PLAN_TEXT, i, FieldLimits.Text.PLAN_TEXT, text);
        }
        Map<String, String> kpiOwners = new HashMap<>();
        Map<Integer, String> itemOwners = new HashMap<>();
        for (Measure m : others) {
            for (PlanKpi k : m.kpis()) {
                kpiOwners.put(k.kpiCode(), "施策「" + label(m) + "」に設定されています（KPIは計画の1つの施策にだけ設定できます）");
                itemOwners.put(
                        k.item(),
                        "施策「" + label(m) + "」のKPI「" + kpiNames.getOrDefault(k.kpiCode(), k.kpiCode()) + "」で使われています");
            }
        }
        for (int i = 0; i < kpis.size(); i++) {
            KpiLink k = kpis.get(i);
            if (k.kpiCode().isEmpty()) {
                problems.add(new Problem(Field.KPI_CODE, i, "KPIを選んでください"));
            } else if (!kpiNames.containsKey(k.kpiCode())) {
                problems.add(
                        new Problem(Field.KPI_CODE, i, "KPI「" + k.kpiCode() + "」は" + year.japanese() + "のKPI一覧にありません"));
            } else if (kpiOwners.containsKey(k.kpiCode())) {
                problems.add(new Problem(Field.KPI_CODE, i, "このKPIは" + kpiOwners.get(k.kpiCode())));
            } else {
                kpiOwners.put(k.kpiCode(), "この施策の" + (i + 1) + "行目にもあります");
            }
            Optional<Integer> item = item(k.item());
            if (item.isEmpty()) {
                problems.add(new Problem(Field.KPI_ITEM, i, "項番は1〜" + MAX_ITEM + "の整数で入力してください"));
            } else if (itemOwners.containsKey(item.get())) {
                problems.add(new Problem(Field.KPI_ITEM, i, "項番(" + item.get() + ")は" + itemOwners.get(item.get())));
            } else {
                itemOwners.put(item.get(), "この施策の" + (i + 1) + "行目でも使われています");
            }
            check(problems, Field.KPI_REASONING, i, FieldLimits.Text.PLAN_REASON, k.targetReasoning());
        }
        return problems;
    }

    /** The measure with this plan: what was reported against it and its kept actions stays as it was. */
    public Measure applyTo(Measure m) {
        Map<Integer, PlanAction> existing = new HashMap<>();
        m.actions().forEach(a -> existing.put(a.number(), a));
        int next = m.actions().stream().mapToInt(PlanAction::number).max().orElse(0) + 1;
        List<PlanAction> planned = new ArrayList<>();
        for (ActionPlan a : actions) {
            PlanAction kept = existing.get(a.number());
            planned.add(
                    kept == null
                            ? new PlanAction(next++, a.planText(), "", Optional.empty())
                            : new PlanAction(kept.number(), a.planText(), kept.doneText(), kept.mark()));
        }
        return new Measure(
                m.number(),
                m.area(),
                group,
                title,
                planText,
                m.doneText(),
                m.issues(),
                Optional.of(importanceReason),
                Optional.of(difficultyReason),
                m.selfEvaluation(),
                m.selfEvaluationReason(),
                planned,
                kpis.stream()
                        .map(k -> new PlanKpi(
                                k.kpiCode(), item(k.item()).orElseThrow(), Optional.of(k.targetReasoning())))
                        .toList());
    }

    /** A measure added on the web: its number in its area and its title, nothing else yet. */
    public static Measure newMeasure(PlanArea area, int number, String group, String title) {
        return new Measure(
                number,
                area,
                strip(group),
                strip(title),
                "",
                "",
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "",
                List.of(),
                List.of());
    }

    /** 2．サービス水準の向上 (基盤的保険者機能), as a message names a measure. */
    public static String label(Measure m) {
        return m.number() + "．" + m.title() + "（" + m.area().nameJa() + "）";
    }

    /** 項番 as typed: 12 or １２. */
    private static Optional<Integer> item(String typed) {
        String text = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC);
        if (!text.matches("[0-9]{1,3}")) return Optional.empty();
        int item = Integer.parseInt(text);
        return item >= 1 && item <= MAX_ITEM ? Optional.of(item) : Optional.empty();
    }

    private static void check(List<Problem> problems, Field field, int row, FieldLimits.Text limit, String text) {
        limit.problem(text).ifPresent(m -> problems.add(new Problem(field, row, m)));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
