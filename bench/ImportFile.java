import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.FiscalYear;

/**
 * Writes a synthetic KPI interchange file of COUNT rows for bench/import.sh, deterministically (the same COUNT gives
 * the same bytes): the association 00 and the 47 branches, for each fiscal year from FY2021 the year-end row (with a
 * target) and month-end rows from April on, for every KPI of the catalogue valid in that year, in the order year,
 * period, organisation, KPI. Ten years at least; as few months a year as reach COUNT, then more years (up to FY2100)
 * where ten years of year-end and monthly rows do not; past FY2100's 998,400 rows, the values of FY2021–FY2023 restated
 * under the definitions that changed in FY2024 (definition_fy 2024, as headquarters publishes them). Every value is
 * 架空 and says so in its source; ratios come with numerator and denominator that agree with the printed value.
 *
 *   java -cp core/target/classes:FASTCSV_JAR bench/ImportFile.java COUNT OUT.csv
 */
public class ImportFile {

    private static final int FIRST_YEAR = 2021;

    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        KpiCatalogue catalogue = CatalogueCsv.reference();
        int years = 10;
        int months = 0;
        while (rows(catalogue, years, months) < count && FIRST_YEAR + years - 1 < 2100) {
            if (months < 12) months++;
            else years++;
        }
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,numerator,denominator,source\n");
            loop:
            for (int y = FIRST_YEAR; y < FIRST_YEAR + years; y++) {
                List<KpiDefinition> defs = catalogue.definitionsIn(FiscalYear.of(y));
                for (int period = 0; period <= months; period++) {
                    String asOf = period == 0 ? "" : String.format("%04d-%02d", period <= 9 ? y : y + 1, (period + 2) % 12 + 1);
                    for (int org = 0; org <= 47; org++) {
                        for (KpiDefinition def : defs) {
                            if (written == count) break loop;
                            w.write(row(def, org, y, period, asOf, ""));
                            written++;
                        }
                    }
                }
            }
            restated:
            for (int y = FIRST_YEAR; y < 2024; y++) {
                for (int period = 0; period <= 12; period++) {
                    String asOf = period == 0 ? "" : String.format("%04d-%02d", period <= 9 ? y : y + 1, (period + 2) % 12 + 1);
                    for (int org = 0; org <= 47; org++) {
                        for (KpiDefinition def : catalogue.definitionsIn(FiscalYear.of(2024))) {
                            if (def.definitionFy() != 2024 || catalogue.get(def.kpiCode()).versions().size() < 2) continue;
                            if (written == count) break restated;
                            w.write(row(def, org, y, period, asOf, "2024").replaceFirst(",[^,]*(%以上|%以下)", ","));
                            written++;
                        }
                    }
                }
            }
        }
        if (written < count) throw new IllegalArgumentException("at most " + written + " rows: " + count);
        System.err.printf("%s: %,d rows, FY%d–FY%d, year-end and %d month ends a year%n", out, written, FIRST_YEAR,
                FIRST_YEAR + years - 1, months);
    }

    private static long rows(KpiCatalogue catalogue, int years, int months) {
        long n = 0;
        for (int y = FIRST_YEAR; y < FIRST_YEAR + years; y++) {
            n += 48L * catalogue.definitionsIn(FiscalYear.of(y)).size() * (1 + months);
        }
        return n;
    }

    /** A value in [0, 1) from the row's key, the same on every run. */
    private static double draw(int org, int year, int period, String kpi, int salt) {
        long h = 1125899906842597L;
        for (char c : (org + "/" + year + "/" + period + "/" + kpi + "/" + salt).toCharArray()) h = 31 * h + c;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) / (double) (1L << 53);
    }

    /** A field with a comma (6,535円) in double quotes (RFC 4180). */
    private static String quoted(String field) {
        return field.indexOf(',') >= 0 ? '"' + field + '"' : field;
    }

    private static String row(KpiDefinition def, int org, int year, int period, String asOf, String definitionFy) {
        String code = def.kpiCode();
        int decimals = def.precision().decimals();
        String target = "";
        String actual;
        String numerator = "";
        String denominator = "";
        double r = draw(org, year, period, code, 1);
        boolean higher = def.direction() == Direction.HIGHER;
        switch (def.unit()) {
            case PERCENT -> {
                long den = 1000 + (long) (draw(org, year, period, code, 2) * 200_000);
                long num = Math.round(den * (0.2 + 0.75 * r));
                BigDecimal value = BigDecimal.valueOf(num * 100).divide(BigDecimal.valueOf(den), decimals, RoundingMode.HALF_UP);
                actual = value.toPlainString() + "%";
                numerator = Long.toString(num);
                denominator = Long.toString(den);
                target = BigDecimal.valueOf(40 + 30 * draw(org, year, 0, code, 3)).setScale(decimals, RoundingMode.HALF_UP)
                        .toPlainString() + (higher ? "%以上" : "%以下");
            }
            case YEN -> {
                long den = 100 + (long) (draw(org, year, period, code, 2) * 5_000);
                long num = den * (2000 + (long) (r * 8000));
                actual = String.format("%,d円", num / den);
                if (def.isRatio()) {
                    numerator = Long.toString(num);
                    denominator = Long.toString(den);
                }
                target = String.format("%,d円以上", 3000 + (long) (3000 * draw(org, year, 0, code, 3)));
            }
            case DAYS -> {
                actual = BigDecimal.valueOf(3 + 10 * r).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "日";
                target = "10日以内";
            }
            case OFFICES -> {
                actual = String.format("%,d事業所", 100 + (long) (r * 3000));
                target = String.format("%,d事業所以上", 1000 + (long) (1000 * draw(org, year, 0, code, 3)));
            }
            case TIMES_PER_MONTH -> {
                actual = "毎月" + (1 + (int) (r * 4)) + "回";
                target = "毎月2回以上";
            }
            case DONE -> {
                actual = r < 0.8 ? "実施" : "未実施";
                target = "実施";
            }
            default -> throw new IllegalStateException("no synthetic value for " + def.unit());
        }
        if (period != 0) target = "";
        String org2 = String.format("%02d", org);
        return org2 + "," + year + "," + asOf + "," + code + "," + definitionFy + "," + quoted(target) + "," + quoted(actual) + "," + numerator + ","
                + denominator + ",架空 bench/import.sh\n";
    }
}
