package jp.kenpokpi.records.generator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.period.FiscalYear;

/**
 * What to generate: a scale (1.0 = the association's national size), the fiscal years and the seed. The same request
 * gives the same records.
 *
 * @param scale     1.0 is national: about 39.7 million members enrolled at the last year's end
 * @param firstYear the first fiscal year with records
 * @param lastYear  the last fiscal year with records (ages are set at its last day)
 * @param seed      any number; another seed gives other (equally plausible) records
 */
public record GenerationRequest(double scale, FiscalYear firstYear, FiscalYear lastYear, long seed) {

    /** Members enrolled at the last year's end at scale 1.0: 25.7 million insured and 14.0 million dependants. */
    public static final long NATIONAL_MEMBERS = 39_700_000L;

    /** Insured among the members at scale 1.0 (25.7 of 39.7 million). */
    public static final double INSURED_SHARE = 25.7 / 39.7;

    /** Members who leave during the years: generated on top, so that those enrolled at the end are the scale's. */
    static final double LEAVER_SHARE = 0.06;

    /** Enough for a national set ten times over; beyond it the member ids' ten digits would not do. */
    static final double MAX_SCALE = 10.0;

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    public GenerationRequest {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("--scale は 0 より大きく " + MAX_SCALE + " 以下の数で指定してください（1.0＝全国規模）: " + scale);
        }
        if (lastYear.isBefore(firstYear)) {
            throw new IllegalArgumentException("--years の終わりの年度が始まりより前です: " + firstYear + "-" + lastYear);
        }
        if (members(scale) < 1) {
            throw new IllegalArgumentException("--scale が小さすぎて加入者が1人もいません: " + scale);
        }
    }

    /** Reads {@code 2021-2024} or {@code 2023}. */
    public static GenerationRequest of(double scale, String years, long seed) {
        Matcher m = YEARS.matcher(years == null ? "" : years.strip());
        if (!m.matches()) throw new IllegalArgumentException("--years は 2021-2024 または 2023 のように指定してください: " + years);
        FiscalYear first = year(m.group(1));
        FiscalYear last = m.group(2) == null ? first : year(m.group(2));
        return new GenerationRequest(scale, first, last, seed);
    }

    private static FiscalYear year(String text) {
        try {
            return FiscalYear.of(Integer.parseInt(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--years の年度を読めません: " + text + "（" + e.getMessage() + "）");
        }
    }

    /** Member ids to generate: those enrolled at the end, and the leavers on top. */
    public long members() {
        return members(scale);
    }

    private static long members(double scale) {
        return Math.round(NATIONAL_MEMBERS * scale / (1 - LEAVER_SHARE));
    }

    /** {@code 2021-2024}, or {@code 2023} for one year. */
    public String yearsText() {
        return firstYear.equals(lastYear) ? firstYear.toString() : firstYear + "-" + lastYear;
    }
}
