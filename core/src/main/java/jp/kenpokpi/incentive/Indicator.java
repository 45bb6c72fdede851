package jp.kenpokpi.incentive;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;

/** The five indicators of the incentive scheme (インセンティブ制度), ① to ⑤, as headquarters publishes them. */
public enum Indicator {
    CHECK_UP_RATE(1, "特定健診等の実施率", null, "対象者数", "実施"),
    HEALTH_GUIDANCE_RATE(2, "特定保健指導の実施率", null, "対象者数", "実施"),
    GUIDANCE_TARGET_REDUCTION(3, "特定保健指導対象者の減少率", null, "対象者数", "対象外となった者"),
    REFERRAL_VISIT_RATE(4, "医療機関への受診勧奨基準において速やかに受診を要する者の医療機関受診率", "受診勧奨を受けた要治療者の医療機関受診率", "対象者数", "受診"),
    GENERIC_DRUG_SHARE(5, "後発医薬品の使用割合", null, "医薬品の数量", "後発医薬品の数量");

    /** The last results year ④ was published under its earlier name. */
    private static final FiscalYear LAST_YEAR_OF_EARLIER_NAME = FiscalYear.of(2021);

    private final int number;
    private final String nameJa;
    private final String earlierNameJa;
    private final String denominatorJa;
    private final String countedJa;

    Indicator(int number, String nameJa, String earlierNameJa, String denominatorJa, String countedJa) {
        this.number = number;
        this.nameJa = nameJa;
        this.earlierNameJa = earlierNameJa;
        this.denominatorJa = denominatorJa;
        this.countedJa = countedJa;
    }

    public int number() {
        return number;
    }

    /** ①, ②, … as the published tables number them. */
    public String circled() {
        return String.valueOf((char) ('①' + number - 1));
    }

    /** The name the indicator had for a results year (④ was renamed from FY2022 results). */
    public String nameJa(FiscalYear resultsYear) {
        return earlierNameJa != null && !resultsYear.isAfter(LAST_YEAR_OF_EARLIER_NAME) ? earlierNameJa : nameJa;
    }

    /**
     * What the denominator is, in a word: 対象者数 for ① to ④ (people), 医薬品の数量 for ⑤ (the quantity of drugs
     * that have a generic and of generics, in 薬価基準 units: not people).
     */
    public String denominatorJa() {
        return denominatorJa;
    }

    /**
     * What the count over the denominator counts, in a word: 実施 for ① and ②, 対象外となった者 for ③ (those no
     * longer targets, not those examined), 受診 for ④, 後発医薬品の数量 for ⑤ (its denominator is a quantity too).
     */
    public String countedJa() {
        return countedJa;
    }

    public List<SubItem> subItems() {
        return Arrays.stream(SubItem.values())
                .filter(s -> s.indicator() == this)
                .toList();
    }

    public static Optional<Indicator> byNumber(int number) {
        return Arrays.stream(values()).filter(i -> i.number == number).findFirst();
    }
}
