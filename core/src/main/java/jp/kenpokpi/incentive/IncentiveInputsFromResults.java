package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;

/**
 * The incentive scheme's inputs taken from stored year-end results (as_of empty) of a results year and the year
 * before:
 *
 * <ul>
 *   <li>① 特定健診等の実施率 = (生活習慣病予防健診 + 事業者健診データ取得 + 被扶養者の特定健診) の実施者数 ÷ (40歳以上の被保険者数
 *       — LIFESTYLE_CHECKUP_RATE's denominator, counted once: the employer data are of the same people — + 40歳以上の被扶養者数);
 *       count = that numerator, denominator = that denominator. Every part needs its numerator and denominator.
 *   <li>② 特定保健指導の実施率 = (被保険者 + 被扶養者) の実施者数 ÷ (被保険者 + 被扶養者) の対象者数, likewise.
 *   <li>③ GUIDANCE_TARGET_REDUCTION_RATE's rate (a headquarters' indicator, computed from records), ④
 *       REFERRAL_VISIT_RATE's rate, ⑤ GENERIC_DRUG_SHARE's share, this year and last (printed, or numerator ÷
 *       denominator), with the numerator and denominator where stored (a what-if's number of people).
 * </ul>
 *
 * Each KPI is read under the definition version in force in the results year; the prior year under the same version
 * where it is stored (the prior year restated under the new definition), else under the prior year's own version, and
 * {@link Derivation#notesJa} says which for how many branches. A branch without a number an indicator needs lacks
 * that part of the input (the scheme's missing-input rule applies to the sub-items it cannot compute).
 */
public final class IncentiveInputsFromResults {

    public static final String LIFESTYLE = "LIFESTYLE_CHECKUP_RATE";
    public static final String EMPLOYER_DATA = "EMPLOYER_CHECKUP_DATA_RATE";
    public static final String DEPENDENT_CHECKUP = "DEPENDENT_CHECKUP_RATE";
    public static final String INSURED_GUIDANCE = "INSURED_GUIDANCE_RATE";
    public static final String DEPENDENT_GUIDANCE = "DEPENDENT_GUIDANCE_RATE";
    public static final String GUIDANCE_TARGET_REDUCTION = "GUIDANCE_TARGET_REDUCTION_RATE";
    public static final String REFERRAL = "REFERRAL_VISIT_RATE";
    public static final String GENERIC = "GENERIC_DRUG_SHARE";

    /** The KPIs (and headquarters' indicators) each indicator is taken from. */
    public static final Map<Indicator, List<String>> KPIS = Map.of(
            Indicator.CHECK_UP_RATE, List.of(LIFESTYLE, EMPLOYER_DATA, DEPENDENT_CHECKUP),
            Indicator.HEALTH_GUIDANCE_RATE, List.of(INSURED_GUIDANCE, DEPENDENT_GUIDANCE),
            Indicator.GUIDANCE_TARGET_REDUCTION, List.of(GUIDANCE_TARGET_REDUCTION),
            Indicator.REFERRAL_VISIT_RATE, List.of(REFERRAL),
            Indicator.GENERIC_DRUG_SHARE, List.of(GENERIC));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The inputs, the notes on where they came from (definition versions, ③), and per branch the indicators that
     * rest on a synthetic (架空) stored value.
     */
    public record Derivation(IncentiveInputs inputs, List<String> notesJa, Map<OrgCode, Set<Indicator>> synthetic) {

        public Derivation {
            notesJa = List.copyOf(notesJa);
            Map<OrgCode, Set<Indicator>> copy = new TreeMap<>();
            synthetic.forEach((b, s) -> copy.put(b, s.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(s))));
            synthetic = java.util.Collections.unmodifiableMap(copy);
        }

        public boolean isSynthetic(OrgCode branch, Indicator indicator) {
            return synthetic.getOrDefault(branch, Set.of()).contains(indicator);
        }

        public boolean isSynthetic(OrgCode branch) {
            return !synthetic.getOrDefault(branch, Set.of()).isEmpty();
        }
    }

    private final KpiCatalogue catalogue;
    private final FiscalYear year;
    private final Map<Key, StoredResult> current = new HashMap<>();
    private final Map<Key, StoredResult> prior = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<OrgCode, Set<Indicator>> synthetic = new TreeMap<>();

    private record Key(OrgCode branch, String kpi, int definitionFy) {}

    /** One KPI's stored row for a branch, current year and prior year, as read under the chosen versions. */
    private record Pair(Optional<StoredResult> current, Optional<StoredResult> prior, KpiDefinition definition) {}

    private IncentiveInputsFromResults(
            KpiCatalogue catalogue,
            FiscalYear year,
            Collection<StoredResult> results,
            Collection<StoredResult> priorResults) {
        this.catalogue = catalogue;
        this.year = year;
        index(results, year, current);
        index(priorResults, year.previous(), prior);
    }

    /**
     * @param results the results year's stored results (others, interim ones and the association's are ignored)
     * @param priorResults the year before's
     * @param premiumBases every branch to score, with its premium base (総報酬額, yen)
     */
    public static Derivation of(
            KpiCatalogue catalogue,
            FiscalYear year,
            Collection<StoredResult> results,
            Collection<StoredResult> priorResults,
            Map<OrgCode, Long> premiumBases) {
        return new IncentiveInputsFromResults(catalogue, year, results, priorResults).derive(premiumBases);
    }

    private static void index(Collection<StoredResult> rows, FiscalYear year, Map<Key, StoredResult> into) {
        for (StoredResult r : rows) {
            if (!r.isFinal() || !r.year().equals(year) || r.org().isAssociation()) continue;
            into.put(new Key(r.org(), r.kpiCode(), r.definitionFy()), r);
        }
    }

    private Derivation derive(Map<OrgCode, Long> premiumBases) {
        Map<String, Optional<KpiDefinition>> definitions = new HashMap<>();
        for (List<String> codes : KPIS.values()) {
            for (String code : codes) {
                definitions.put(code, catalogue.find(code).flatMap(k -> k.definitionIn(year)));
            }
        }
        Map<String, int[]> priorVersionUse = new TreeMap<>(); // code → {same version, prior year's own version}
        Map<OrgCode, Map<Indicator, IndicatorInput>> inputs = new TreeMap<>();
        for (OrgCode branch : new TreeSet<>(premiumBases.keySet())) {
            Map<Indicator, IndicatorInput> byIndicator = new EnumMap<>(Indicator.class);
            for (Indicator indicator : Indicator.values()) {
                List<String> codes = KPIS.get(indicator);
                if (codes.isEmpty()) continue;
                List<Pair> pairs = new ArrayList<>();
                for (String code : codes) {
                    Optional<KpiDefinition> d = definitions.get(code);
                    if (d.isEmpty()) break;
                    pairs.add(pair(branch, d.get(), priorVersionUse));
                }
                if (pairs.size() < codes.size()) continue;
                IndicatorInput input = codes.size() == 1 ? single(pairs.get(0)) : combined(indicator, pairs);
                if (input.rate().isEmpty()) continue;
                byIndicator.put(indicator, input);
                boolean fromSynthetic = pairs.stream()
                        .flatMap(p -> java.util.stream.Stream.of(p.current(), p.prior()))
                        .flatMap(Optional::stream)
                        .anyMatch(StoredResult::synthetic);
                if (fromSynthetic)
                    synthetic
                            .computeIfAbsent(branch, b -> EnumSet.noneOf(Indicator.class))
                            .add(indicator);
            }
            inputs.put(branch, byIndicator);
        }
        notes(definitions, priorVersionUse, inputs);
        return new Derivation(new IncentiveInputs(year, inputs, premiumBases), notes, synthetic);
    }

    /** This year's row under the year's version; last year's under the same version if stored, else its own. */
    private Pair pair(OrgCode branch, KpiDefinition definition, Map<String, int[]> priorVersionUse) {
        String code = definition.kpiCode();
        Optional<StoredResult> now = Optional.ofNullable(current.get(new Key(branch, code, definition.definitionFy())));
        Optional<StoredResult> before =
                Optional.ofNullable(prior.get(new Key(branch, code, definition.definitionFy())));
        int[] use = priorVersionUse.computeIfAbsent(code, c -> new int[2]);
        if (before.isPresent()) {
            use[0]++;
        } else {
            Optional<KpiDefinition> own = catalogue.get(code).definitionIn(year.previous());
            before = own.flatMap(d -> Optional.ofNullable(prior.get(new Key(branch, code, d.definitionFy()))));
            if (before.isPresent()) use[1]++;
        }
        return new Pair(now, before, definition);
    }

    /** ④, ⑤: the KPI's own rate, this year and last, with its numerator and denominator where stored. */
    private static IndicatorInput single(Pair p) {
        Optional<BigDecimal> rate = p.current().flatMap(r -> r.result().number(p.definition()));
        Optional<BigDecimal> priorRate = p.prior().flatMap(r -> r.result().number(p.definition()));
        return new IndicatorInput(
                rate,
                priorRate,
                people(p.current().flatMap(r -> r.result().numerator())),
                people(p.prior().flatMap(r -> r.result().numerator())),
                people(p.current().flatMap(r -> r.result().denominator())));
    }

    /**
     * ①, ②: Σ numerators ÷ Σ denominators, where for ① the employer data's denominator (the same insured people as
     * the lifestyle check-up's) is not counted again. Empty where a part lacks its numerator or denominator.
     */
    private static IndicatorInput combined(Indicator indicator, List<Pair> pairs) {
        Optional<long[]> now = sums(indicator, pairs.stream().map(Pair::current).toList());
        Optional<long[]> before =
                sums(indicator, pairs.stream().map(Pair::prior).toList());
        return new IndicatorInput(
                now.map(IncentiveInputsFromResults::rate),
                before.map(IncentiveInputsFromResults::rate),
                now.map(s -> OptionalLong.of(s[0])).orElse(OptionalLong.empty()),
                before.map(s -> OptionalLong.of(s[0])).orElse(OptionalLong.empty()),
                now.map(s -> OptionalLong.of(s[1])).orElse(OptionalLong.empty()));
    }

    /** {numerator, denominator} summed over the parts, or empty where one lacks either or the sum is 0 people. */
    private static Optional<long[]> sums(Indicator indicator, List<Optional<StoredResult>> parts) {
        long numerator = 0;
        long denominator = 0;
        for (Optional<StoredResult> part : parts) {
            if (part.isEmpty()) return Optional.empty();
            Result r = part.get().result();
            if (r.numerator().isEmpty() || r.denominator().isEmpty()) return Optional.empty();
            numerator += people(r.numerator().get());
            if (!(indicator == Indicator.CHECK_UP_RATE && part.get().kpiCode().equals(EMPLOYER_DATA))) {
                denominator += people(r.denominator().get());
            }
        }
        return denominator <= 0 ? Optional.empty() : Optional.of(new long[] {numerator, denominator});
    }

    private static BigDecimal rate(long[] sums) {
        return BigDecimal.valueOf(sums[0]).multiply(HUNDRED).divide(BigDecimal.valueOf(sums[1]), MathContext.DECIMAL64);
    }

    private static OptionalLong people(Optional<BigDecimal> count) {
        return count.map(c -> OptionalLong.of(people(c))).orElse(OptionalLong.empty());
    }

    private static long people(BigDecimal count) {
        return count.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private void notes(
            Map<String, Optional<KpiDefinition>> definitions,
            Map<String, int[]> priorVersionUse,
            Map<OrgCode, Map<Indicator, IndicatorInput>> inputs) {
        for (Indicator indicator : Indicator.values()) {
            if (!inputs.isEmpty() && inputs.values().stream().noneMatch(i -> i.containsKey(indicator))) {
                notes.add(indicator.circled() + indicator.nameJa(year) + ": " + year.label()
                        + "の値が保存されていないため全支部で欠測（全支部とも偏差値50・欠測として採点し、全支部同点の1位。順位の差は他の指標で決まります）");
            }
        }
        for (Indicator indicator : Indicator.values()) {
            for (String code : KPIS.get(indicator)) {
                Optional<KpiDefinition> d = definitions.get(code);
                if (d.isEmpty()) {
                    notes.add(indicator.circled() + " " + code + ": " + year.label() + "の定義がカタログにないため全支部で欠測");
                    continue;
                }
                if (indicator.subItems().stream().allMatch(s -> s.measure() == SubItem.Measure.LEVEL)) {
                    // ③ scores the year's level alone: the year before is not read, so its version is no concern
                    long valued = inputs.values().stream()
                            .filter(m -> m.containsKey(indicator))
                            .count();
                    notes.add(indicator.circled() + " " + code + ": " + year.label() + "は"
                            + d.get().definitionFy() + "年度版の定義（値のある支部 " + valued + "、前年度の値は使いません）");
                    continue;
                }
                int[] use = priorVersionUse.getOrDefault(code, new int[2]);
                Optional<KpiDefinition> own = catalogue.get(code).definitionIn(year.previous());
                String ownVersion = own.map(o -> o.definitionFy() + "年度版").orElse("なし");
                boolean sameVersion =
                        own.map(o -> o.definitionFy() == d.get().definitionFy()).orElse(false);
                String priorText = sameVersion
                        ? "前年度も同じ定義（" + use[0] + "支部）"
                        : "前年度は同じ定義による再計算値 " + use[0] + "支部、前年度の定義（" + ownVersion + "） " + use[1] + "支部";
                notes.add(indicator.circled() + " " + code + ": " + year.label() + "は"
                        + d.get().definitionFy() + "年度版の定義、" + priorText);
            }
        }
    }
}
