package jp.kenpokpi.sampledata;

import java.math.BigDecimal;
import java.util.Set;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.target.GenericDrugRule;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.ValueFormat;

/**
 * Sets a branch's target for a year in the forms headquarters uses (the KPI lists of the seed reports): relative to
 * the prior year for the claims-review and recovery KPIs, fixed for the service standard and the tenders, 実施 for
 * actions, and for the other rates and counts a value of the branch's own, set from its prior year plus a stretch.
 */
final class SyntheticTargets {

    /** KPIs headquarters sets as 対前年度以上 / 以下 in every year (第5期・第6期 action plans). */
    private static final Set<String> ALWAYS_RELATIVE = Set.of(
            "RECEIPT_REVIEW_RATE",
            "REREVIEW_AMOUNT_PER_CASE",
            "CARD_RECOVERY_RATE",
            "REFUND_CLAIM_RECOVERY_RATE",
            "JUDO_MULTI_FREQUENT_RATE",
            "MYNUMBER_RECORDING_RATE",
            "COUNTER_RECEIPT_RATE",
            "HEALTH_COMMISSIONER_OFFICES");
    /** The first year of the 第6期 action plan, which turned these into relative targets (Tochigi's R6 targets). */
    private static final int SIXTH_PLAN = 2024;
    /** Share of branches whose value target lands exactly on their result, so that ○ (met exactly) appears too. */
    private static final double EXACTLY_MET = 0.1;

    private final SyntheticResults results;
    private final RealData real;

    SyntheticTargets(SyntheticResults results, RealData real) {
        this.results = results;
        this.real = real;
    }

    static boolean isRelative(KpiDefinition definition, int year) {
        String code = definition.kpiCode();
        return ALWAYS_RELATIVE.contains(code)
                || (code.equals("MAIL_APPLICATION_RATE") && year >= SIXTH_PLAN)
                || (code.equals("REFERRAL_VISIT_RATE") && definition.definitionFy() >= SIXTH_PLAN);
    }

    /** The target as printed, for a year the definition is valid in. */
    String target(OrgCode branch, KpiDefinition definition, int year, SyntheticResult result) {
        if (definition.direction() == Direction.DONE) return "実施";
        if (isRelative(definition, year)) {
            return definition.direction() == Direction.LOWER ? "対前年度以下" : "対前年度以上";
        }
        return switch (definition.kpiCode()) {
            case "SS_ACHIEVEMENT" -> "100%";
            case "SS_AVERAGE_DAYS" -> "7日以内";
            case "SNS_POSTS_PER_MONTH" -> "毎月2回以上";
            // 20% in the 第5期 plan (本部 FY2021, Akita's FY2023 table); 15% from FY2024 (Tochigi's R6 target,
            // Akita's FY2025 plan).
            case "SINGLE_BID_RATE" -> year >= SIXTH_PLAN ? "15%以下" : "20%以下";
            case "GENERIC_DRUG_SHARE" -> genericDrugTarget(branch, definition, year, result);
            default ->
                definition.unit() == Unit.OFFICES
                        ? countTarget(branch, definition, year)
                        : printed(definition, valueTarget(branch, definition, year, result));
        };
    }

    /**
     * Headquarters' generic-drug rule: a branch already at 80% or more at the prior year end keeps 対前年度以上;
     * one below sets its own value on the way to 80%.
     */
    private String genericDrugTarget(OrgCode branch, KpiDefinition definition, int year, SyntheticResult result) {
        if (priorYearValue(branch, definition, year).compareTo(GenericDrugRule.THRESHOLD) >= 0) return "対前年度以上";
        BigDecimal justBelowThreshold = GenericDrugRule.THRESHOLD.subtract(
                BigDecimal.ONE.movePointLeft(definition.precision().decimals()));
        return printed(definition, valueTarget(branch, definition, year, result).min(justBelowThreshold));
    }

    /**
     * The prior year's value plus a stretch: the association's expected gain and a part of a year's variation,
     * more for some branches than others. Against the year's noise that leaves some branches beating the target,
     * some missing it, and (on purpose, a few) meeting it exactly.
     */
    private BigDecimal valueTarget(OrgCode branch, KpiDefinition definition, int year, SyntheticResult result) {
        if (Draws.uniform("exactly-met", definition.kpiCode(), branch, year) < EXACTLY_MET
                && result.value().isPresent()) {
            return result.value().get();
        }
        KpiLevel level = KpiLevels.get(definition.kpiCode(), definition.definitionFy());
        double prior = priorYearValue(branch, definition, year).doubleValue();
        double gain = Math.max(0, level.associationIn(year) - level.associationIn(year - 1));
        double stretch = gain
                + level.yearlyNoiseIn(year)
                        * (0.3 + 0.8 * Draws.gaussian("stretch", definition.kpiCode(), branch, year));
        return definition.precision().round(SyntheticResults.exactly(level.clamp(prior + stretch)));
    }

    /** 72.5%以上; 以下 for a KPI where lower is better. */
    private static String printed(KpiDefinition definition, BigDecimal target) {
        return ValueFormat.amount(target, definition.unit())
                + (definition.direction() == Direction.LOWER ? "以下" : "以上");
    }

    /** Offices: the prior year grown as the association is expected to grow, in round tens (1,330事業所以上). */
    private String countTarget(OrgCode branch, KpiDefinition definition, int year) {
        KpiLevel level = KpiLevels.get(definition.kpiCode(), definition.definitionFy());
        double growth = level.associationIn(year) / level.associationIn(year - 1);
        double stretch = 1 + 0.02 * Draws.gaussian("stretch", definition.kpiCode(), branch, year);
        double target = priorYearValue(branch, definition, year).doubleValue() * growth * stretch;
        return ValueFormat.amount(BigDecimal.valueOf(Math.round(target / 10) * 10), definition.unit()) + "以上";
    }

    /**
     * What the branch knew of its prior year when the target was set: the real value where a report gives it,
     * otherwise the synthetic one under the same definition (restated, when the definition changed).
     */
    private BigDecimal priorYearValue(OrgCode branch, KpiDefinition definition, int year) {
        return real.yearEndValue(branch, year - 1, definition)
                .orElseGet(() ->
                        results.yearEnd(branch, definition, year - 1).value().orElseThrow());
    }
}
