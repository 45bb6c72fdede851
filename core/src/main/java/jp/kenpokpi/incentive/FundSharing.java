package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kenpokpi.organisation.OrgCode;

/**
 * Shares the fund among the rewarded branches as rate reductions proportional to their weights ({@link
 * SharingFormula}): reduction_i = k × weight_i, with k such that Σ reduction_i × base_i = the fund. In yen, share_i =
 * fund × weight_i × base_i ÷ Σ weight_j × base_j, cut to whole yen; the yen left over go one each to the largest
 * remainders (ties in branch-code order), so the shares add up to the fund exactly.
 */
final class FundSharing {

    private static final MathContext DIGITS = MathContext.DECIMAL128;
    private static final int REDUCTION_SCALE = 6;

    private FundSharing() {}

    /** The fund in yen: the premium bases of all branches × the fund rate (in %), cut to whole yen. */
    static long fund(Map<OrgCode, Long> premiumBases, BigDecimal fundRatePercent) {
        BigDecimal bases = BigDecimal.valueOf(
                premiumBases.values().stream().mapToLong(Long::longValue).sum());
        return bases.multiply(fundRatePercent)
                .movePointLeft(2)
                .setScale(0, RoundingMode.DOWN)
                .longValueExact();
    }

    /** Each rewarded branch's share in yen (keys in branch-code order). */
    static Map<OrgCode, Long> shares(long fundYen, Map<OrgCode, BigDecimal> weights, Map<OrgCode, Long> premiumBases) {
        Map<OrgCode, BigDecimal> exact = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<OrgCode, BigDecimal> w : weights.entrySet()) {
            if (w.getValue().signum() < 0) throw new IllegalArgumentException(w.getKey() + "支部の配分の重みが負です");
            BigDecimal weighted = w.getValue().multiply(BigDecimal.valueOf(premiumBases.get(w.getKey())));
            exact.put(w.getKey(), weighted);
            sum = sum.add(weighted);
        }
        Map<OrgCode, Long> shares = new TreeMap<>();
        if (sum.signum() == 0) {
            exact.keySet().forEach(b -> shares.put(b, 0L));
            return shares;
        }
        List<Map.Entry<OrgCode, BigDecimal>> remainders = new ArrayList<>();
        long given = 0;
        for (Map.Entry<OrgCode, BigDecimal> e : exact.entrySet()) {
            BigDecimal share =
                    BigDecimal.valueOf(fundYen).multiply(e.getValue()).divide(sum, DIGITS);
            BigDecimal whole = share.setScale(0, RoundingMode.DOWN);
            shares.put(e.getKey(), whole.longValueExact());
            remainders.add(Map.entry(e.getKey(), share.subtract(whole)));
            given += whole.longValueExact();
        }
        remainders.sort(Map.Entry.<OrgCode, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < fundYen - given; i++) {
            shares.merge(remainders.get(i % remainders.size()).getKey(), 1L, Long::sum);
        }
        return shares;
    }

    /** A share as a reduction of the branch's premium rate, in %. */
    static BigDecimal reductionPercent(long shareYen, long premiumBase) {
        return BigDecimal.valueOf(shareYen)
                .movePointRight(2)
                .divide(BigDecimal.valueOf(premiumBase), REDUCTION_SCALE, RoundingMode.HALF_UP);
    }
}
