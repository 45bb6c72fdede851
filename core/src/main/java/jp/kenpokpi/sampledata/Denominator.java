package jp.kenpokpi.sampledata;

import jp.kenpokpi.organisation.OrgCode;

/**
 * What a ratio KPI's denominator counts, with its synthetic association-wide size in FY2023 and yearly change. A
 * branch's denominator is its share of that size ({@link BranchSizes}), with a stable deviation of its own and a
 * little yearly variation. KPIs whose denominators count the same people share one constant, so that, as in
 * Tochigi's report, 生活習慣病予防健診 and 事業者健診データ have the same 226,946.
 */
enum Denominator {
    PAYMENTS(2_600_000, 0.01), // 支給件数 (現金給付)
    APPLICATIONS(2_800_000, 0.01), // 申請件数 (現金給付等)
    JUDO_CLAIMS(11_000_000, -0.03), // 柔道整復施術療養費の申請件数
    CONFIRMATION_OFFICES(1_300_000, 0.01), // 被扶養者資格の確認対象事業所数
    MEDICAL_COSTS(7.0e12, 0.03), // 医療費総額 (円)
    REREVIEW_CASES(1_000_000, 0.0), // 再審査レセプト件数
    CARDS(5_500_000, 0.0), // 回収対象の保険証の枚数
    REFUND_CLAIMS(1.5e10, 0.0), // 返納金の債権額 (円)
    MEMBERS(40_000_000, 0.003), // 加入者数
    INSURED_40_PLUS(15_500_000, 0.015), // 40歳以上の被保険者数
    DEPENDENTS_40_PLUS(3_300_000, -0.02), // 40歳以上の被扶養者数
    INSURED_GUIDANCE(2_300_000, 0.02), // 被保険者の特定保健指導の対象者数
    DEPENDENT_GUIDANCE(85_000, 0.0), // 被扶養者の特定保健指導の対象者数
    REFERRALS(520_000, 0.02), // 受診勧奨を実施した者の数
    UNTREATED(900_000, 0.02), // 血圧・血糖・脂質の未治療者数
    INSURED(25_000_000, 0.01), // 全被保険者数
    GENERIC_QUANTITY(3.0e10, 0.01), // 後発医薬品のある先発医薬品＋後発医薬品の数量
    /** 一般競争入札件数: a handful per branch, so sized by its own rule ({@link #tenders}). */
    TENDERS(0, 0);

    private static final int BASE_YEAR = 2023;

    private final double association;
    private final double growthPerYear;

    Denominator(double association, double growthPerYear) {
        this.association = association;
        this.growthPerYear = growthPerYear;
    }

    /** The branch's year-end denominator in a fiscal year. */
    long count(OrgCode branch, int year) {
        if (this == TENDERS) return tenders(branch, year);
        double size =
                association * StrictMath.pow(1 + growthPerYear, year - BASE_YEAR) * BranchSizes.share(branch, 1.0);
        // A branch is not exactly its population share (industry mix, age), and volumes move a little each year.
        double deviation = 1
                + 0.10 * Draws.gaussian("size", name(), branch)
                + 0.02 * Draws.gaussian("volume", name(), branch, year);
        return Math.max(1, Math.round(size * Math.max(0.5, deviation)));
    }

    /**
     * 3 to 40 tenders a year, growing less than in proportion to size: Tochigi's real 11 and the Tohoku branches'
     * 7 to 14 (single bids of 1/7 = 14.3%, 1/6 = 16.7%) fit it, and the smallest branches get 6 or fewer, where
     * headquarters' small-tender exception applies.
     */
    private static long tenders(OrgCode branch, int year) {
        double expected = 3 + 37 * StrictMath.pow(BranchSizes.relativeToLargest(branch), 0.8);
        long count = Math.round(expected + 1.5 * Draws.gaussian("tenders", branch, year));
        return Math.max(3, Math.min(40, count));
    }
}
