package jp.kenpokpi.sampledata;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpokpi.organisation.OrgCode;

/**
 * How large each branch is, as a share of the association: the prefecture's population (2020 census, ten
 * thousands), in JIS X 0401 order. Denominators (members, applications, medical costs) are split by it, so Tokyo,
 * Kanagawa, Osaka and Aichi weigh most and Tottori and Shimane least, as in the real association. Checked against
 * the one real denominator: Tochigi (1.5%) × 15.5 million insured aged 40+ ≈ 237,000, Tochigi's own figure 226,946.
 */
final class BranchSizes {

    private static final int[] POPULATION = {
        522, 124, 121, 230, 96, 107, 183, 287, 193, 194, // 01 北海道 … 10 群馬
        734, 628, 1405, 924, 220, 104, 113, 77, 81, 205, // 11 埼玉 … 20 長野
        198, 363, 754, 177, 141, 258, 884, 547, 132, 92, // 21 岐阜 … 30 和歌山
        55, 67, 189, 280, 134, 72, 95, 133, 69, 514, // 31 鳥取 … 40 福岡
        81, 131, 174, 112, 107, 159, 147, // 41 佐賀 … 47 沖縄
    };

    private static final int LARGEST = Arrays.stream(POPULATION).max().orElseThrow();
    /** Σ population^exponent by exponent: a handful of exponents, asked for thousands of times. */
    private static final Map<Double, Double> TOTALS = new ConcurrentHashMap<>();

    private BranchSizes() {}

    /** The branch's share of the association, raised to {@code exponent}: below 1, large and small branches are closer. */
    static double share(OrgCode branch, double exponent) {
        return StrictMath.pow(population(branch), exponent) / TOTALS.computeIfAbsent(exponent, BranchSizes::total);
    }

    private static double total(double exponent) {
        double total = 0;
        for (int population : POPULATION) total += StrictMath.pow(population, exponent);
        return total;
    }

    /** The branch's size relative to the largest branch (Tokyo = 1). */
    static double relativeToLargest(OrgCode branch) {
        return (double) population(branch) / LARGEST;
    }

    private static int population(OrgCode branch) {
        return POPULATION[Integer.parseInt(branch.value()) - 1];
    }
}
