package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.period.FiscalYear;

/**
 * The incentive scheme's parameters, each with its source: the sub-item weights (not published: assumed), the reward
 * line by results year, the fund by premium-rate year, how far a results year reaches ahead, the sharing formula and
 * the rule for a missing input. Read from incentive-scheme.csv ({@link SchemeParametersCsv}); {@link #describeJa}
 * gives the lines every output prints with its figures.
 */
public record SchemeParameters(List<SchemeParameter> rows) {

    /** The scheme starts with the FY2018 results. */
    public static final FiscalYear FIRST_RESULTS_YEAR = FiscalYear.of(2018);

    public SchemeParameters {
        rows = List.copyOf(rows);
        for (String name : List.of("sharing", "missing_input")) {
            String value = find(rows, name, "", FIRST_RESULTS_YEAR).value();
            try {
                if (name.equals("sharing")) SharingFormula.valueOf(value);
                else MissingInputRule.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("インセンティブ制度のパラメータ " + name + " の値「" + value + "」を知りません", e);
            }
        }
    }

    /** The defaults shipped in core: incentive/incentive-scheme.csv. */
    public static SchemeParameters defaults() {
        return SchemeParametersCsv.reference();
    }

    /** The weights of the sub-items in % for a results year; those of each indicator add up to 100. */
    public Map<SubItem, BigDecimal> weights(FiscalYear resultsYear) {
        checkResultsYear(resultsYear);
        Map<SubItem, BigDecimal> weights = new EnumMap<>(SubItem.class);
        for (SubItem s : SubItem.values()) {
            weights.put(s, new BigDecimal(one("weight", s.key(), resultsYear).value()));
        }
        for (Indicator i : Indicator.values()) {
            BigDecimal sum = i.subItems().stream().map(weights::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw new IllegalArgumentException(
                        i.circled() + "の小項目の重み（weight）の合計が100ではありません（" + resultsYear.japanese() + "実績）: " + sum);
            }
        }
        return weights;
    }

    /** How many of the top branches are rewarded for a results year (ties at the line are all rewarded). */
    public int rewardLine(FiscalYear resultsYear) {
        checkResultsYear(resultsYear);
        return Integer.parseInt(one("reward_line", "", resultsYear).value());
    }

    /** The premium-rate year a results year changes: FY2023 results → FY2025 rates. */
    public FiscalYear ratesYear(FiscalYear resultsYear) {
        checkResultsYear(resultsYear);
        return resultsYear.plus(
                Integer.parseInt(one("rates_year_offset", "", resultsYear).value()));
    }

    /** The fund as a share of the premium base in % (0.01 = 0.01%) for a premium-rate year. */
    public BigDecimal fundRatePercent(FiscalYear ratesYear) {
        return new BigDecimal(one("fund_rate", "", ratesYear).value());
    }

    public SharingFormula sharing() {
        return SharingFormula.valueOf(one("sharing", "", FIRST_RESULTS_YEAR).value());
    }

    public MissingInputRule missingInputs() {
        return MissingInputRule.valueOf(
                one("missing_input", "", FIRST_RESULTS_YEAR).value());
    }

    /** The parameters in force for a results year as lines to print, each assumption marked （仮定）. */
    public List<String> describeJa(FiscalYear resultsYear) {
        List<String> lines = new ArrayList<>();
        Map<SubItem, BigDecimal> weights = weights(resultsYear);
        for (Indicator i : Indicator.values()) {
            List<String> parts = new ArrayList<>();
            boolean assumed = false;
            for (SubItem s : i.subItems()) {
                parts.add(
                        s.labelJa() + " " + weights.get(s).stripTrailingZeros().toPlainString() + "%");
                assumed |= one("weight", s.key(), resultsYear).assumed();
            }
            lines.add(
                    i.circled() + i.nameJa(resultsYear) + "の重み: " + String.join("・", parts) + (assumed ? "（仮定）" : ""));
        }
        FiscalYear rates = ratesYear(resultsYear);
        lines.add("報酬: 合計点の上位" + rewardLine(resultsYear) + "支部" + mark(one("reward_line", "", resultsYear)));
        lines.add("原資: " + rates.japanese() + "保険料率の"
                + fundRatePercent(rates).stripTrailingZeros().toPlainString() + "%"
                + mark(one("fund_rate", "", rates)));
        lines.add("配分: " + sharing().labelJa() + "した保険料率の減算" + mark(one("sharing", "", FIRST_RESULTS_YEAR)));
        lines.add("欠測: " + missingInputs().labelJa() + mark(one("missing_input", "", FIRST_RESULTS_YEAR)));
        lines.add("偏差値: 50 + 10 × (値 − 平均) ÷ 標準偏差（母標準偏差、値のある支部で計算）");
        return lines;
    }

    private static String mark(SchemeParameter p) {
        return p.assumed() ? "（仮定）" : "（公表）";
    }

    private static void checkResultsYear(FiscalYear resultsYear) {
        if (resultsYear.isBefore(FIRST_RESULTS_YEAR)) {
            throw new IllegalArgumentException(
                    "インセンティブ制度は" + FIRST_RESULTS_YEAR.japanese() + "実績からです: " + resultsYear.japanese());
        }
    }

    private SchemeParameter one(String name, String key, FiscalYear year) {
        return find(rows, name, key, year);
    }

    private static SchemeParameter find(List<SchemeParameter> rows, String name, String key, FiscalYear year) {
        List<SchemeParameter> found = rows.stream()
                .filter(p -> p.name().equals(name) && p.key().equals(key) && p.appliesTo(year))
                .toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("インセンティブ制度のパラメータ " + name + (key.isEmpty() ? "" : " " + key) + " が"
                    + year.japanese() + "に" + (found.isEmpty() ? "ありません" : found.size() + "行あります"));
        }
        return found.get(0);
    }
}
