package jp.kenpokpi.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.organisation.OrgCode;

/**
 * 偏差値 over the branches that have a value: 50 + 10 × (x − mean) / sd, where sd is the population standard deviation
 * (divided by n, not n − 1: the 47 branches are the whole population, not a sample of it). Where lower is better the
 * sign turns (50 − 10 × …), so that a higher deviation score is always the better one. When every value is equal (sd
 * 0) every branch scores 50. Computed to 16 significant digits and kept to 10 decimals, so that equal inputs give
 * equal scores and a tie stays a tie.
 */
public final class DeviationScores {

    public static final BigDecimal MIDDLE = BigDecimal.valueOf(50);
    private static final MathContext DIGITS = MathContext.DECIMAL64;
    private static final int SCALE = 10;

    private final Statistics statistics;
    private final Direction direction;
    private final Map<OrgCode, BigDecimal> scores;

    /** n, mean and population standard deviation of the values a deviation score is taken over. */
    public record Statistics(int count, BigDecimal mean, BigDecimal standardDeviation) {}

    private DeviationScores(Statistics statistics, Direction direction, Map<OrgCode, BigDecimal> scores) {
        this.statistics = statistics;
        this.direction = direction;
        this.scores = scores;
    }

    public static DeviationScores of(Map<OrgCode, BigDecimal> values, Direction direction) {
        if (direction == Direction.DONE) throw new IllegalArgumentException("実施・未実施の指標に偏差値はありません");
        int n = values.size();
        if (n == 0)
            return new DeviationScores(new Statistics(0, BigDecimal.ZERO, BigDecimal.ZERO), direction, Map.of());
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal mean = values.values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(count, DIGITS);
        BigDecimal squares =
                values.values().stream().map(x -> x.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sd = squares.divide(count, DIGITS).sqrt(DIGITS);
        Map<OrgCode, BigDecimal> scores = new LinkedHashMap<>();
        values.forEach((branch, x) -> scores.put(branch, score(x, mean, sd, direction)));
        return new DeviationScores(new Statistics(n, mean, sd), direction, scores);
    }

    private static BigDecimal score(BigDecimal x, BigDecimal mean, BigDecimal sd, Direction direction) {
        if (sd.signum() == 0) return MIDDLE.setScale(SCALE);
        BigDecimal z = x.subtract(mean).divide(sd, DIGITS).multiply(BigDecimal.TEN);
        return (direction == Direction.HIGHER ? MIDDLE.add(z) : MIDDLE.subtract(z))
                .setScale(SCALE, RoundingMode.HALF_UP);
    }

    public Optional<BigDecimal> of(OrgCode branch) {
        return Optional.ofNullable(scores.get(branch));
    }

    /**
     * The score a value outside the population would get against its mean and standard deviation (a branch left out
     * of the statistics, shown for information).
     */
    public BigDecimal scoreOf(BigDecimal x) {
        return score(x, statistics.mean(), statistics.standardDeviation(), direction);
    }

    /** The lowest score given, or 50 when no branch has a value. */
    public BigDecimal lowest() {
        return scores.values().stream().min(BigDecimal::compareTo).orElse(MIDDLE.setScale(SCALE));
    }

    public Statistics statistics() {
        return statistics;
    }

    public Map<OrgCode, BigDecimal> scores() {
        return Map.copyOf(scores);
    }
}
