package jp.kenpokpi.submission;

import java.util.Optional;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanArea;

/**
 * Something a report lacks before the branch may submit it: what is missing, where (a KPI, a measure of the plan),
 * and the Japanese message the submit page lists, linking to where it is entered.
 */
public record MissingItem(What what, Optional<String> kpiCode, Optional<MeasureRef> measure, String messageJa) {

    public enum What {
        PLAN("事業計画"),
        TARGET("目標"),
        TARGET_REASONING("設定に当たっての考え方"),
        INTERIM_RESULT("上期実績"),
        RESULT("年度実績"),
        NARRATIVE("取組内容と理由"),
        DONE_TEXT("実施状況"),
        SELF_EVALUATION("自己評価"),
        SELF_EVALUATION_REASON("自己評価の理由");

        private final String nameJa;

        What(String nameJa) {
            this.nameJa = nameJa;
        }

        public String nameJa() {
            return nameJa;
        }
    }

    /** A measure of the plan, as the plan edit page finds it (area and number). */
    public record MeasureRef(PlanArea area, int number, String title) {

        static MeasureRef of(Measure m) {
            return new MeasureRef(m.area(), m.number(), m.title());
        }

        /** 基盤的保険者機能 3．限度額適用認定証の利用促進 */
        public String labelJa() {
            return area.nameJa() + " " + number + "．" + title;
        }
    }

    static MissingItem ofKpi(What what, String kpiCode, String kpiLabel, String message) {
        return new MissingItem(what, Optional.of(kpiCode), Optional.empty(), kpiLabel + ": " + message);
    }

    static MissingItem ofMeasure(What what, Measure measure, String message) {
        MeasureRef ref = MeasureRef.of(measure);
        return new MissingItem(what, Optional.empty(), Optional.of(ref), ref.labelJa() + ": " + message);
    }
}
