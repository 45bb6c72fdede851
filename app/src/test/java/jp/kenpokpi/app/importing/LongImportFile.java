package jp.kenpokpi.app.importing;

import java.util.List;

/**
 * An interchange file of Tochigi (branch 09) long enough that its import takes more than a second on this code: the
 * year-end and the twelve month-end results of seven rate KPIs of the sample catalogue (open-ended definitions of
 * 2021, one decimal) for fiscal years from 2030 on, each a value within the checks. No sample data lies in those
 * years, so every row adds a result.
 */
public final class LongImportFile {

    /** The rate KPIs of the catalogue whose definition holds from 2025 on, with no end. */
    private static final List<String> RATES = List.of(
            "SS_ACHIEVEMENT",
            "COUNTER_RECEIPT_RATE",
            "RECEIPT_REVIEW_RATE",
            "REFUND_CLAIM_RECOVERY_RATE",
            "LIFESTYLE_CHECKUP_RATE",
            "EMPLOYER_CHECKUP_DATA_RATE",
            "DEPENDENT_CHECKUP_RATE",
            "INSURED_GUIDANCE_RATE",
            "DEPENDENT_GUIDANCE_RATE",
            "REFERRAL_VISIT_RATE",
            "HEALTH_COMMISSIONER_COVERAGE",
            "GENERIC_DRUG_SHARE",
            "SINGLE_BID_RATE");

    private LongImportFile() {}

    /** The file's text: 13 rows per KPI and year, thirteen KPIs, {@code years} fiscal years from {@code firstYear}. */
    public static String csv(int firstYear, int years) {
        return csv(List.of("09"), firstYear, years);
    }

    /** As {@link #csv(int, int)} for each of the branches (a file headquarters imports). */
    public static String csv(List<String> branches, int firstYear, int years) {
        StringBuilder csv = new StringBuilder("branch_code,fiscal_year,as_of,kpi_code,actual\n");
        for (String branch : branches) csv.append(rowsOf(branch, firstYear, years));
        return csv.toString();
    }

    private static String rowsOf(String branch, int firstYear, int years) {
        StringBuilder csv = new StringBuilder();
        for (int year = firstYear; year < firstYear + years; year++) {
            for (String kpi : RATES) {
                csv.append(branch)
                        .append(',')
                        .append(year)
                        .append(",,")
                        .append(kpi)
                        .append(",50.0%\n");
                for (int month = 0; month < 12; month++) {
                    int calendarYear = month < 9 ? year : year + 1;
                    int calendarMonth = (month + 3) % 12 + 1;
                    csv.append(branch)
                            .append(',')
                            .append(year)
                            .append(',')
                            .append(String.format("%d-%02d", calendarYear, calendarMonth))
                            .append(',')
                            .append(kpi)
                            .append(',')
                            .append(40 + month)
                            .append(".0%\n");
                }
            }
        }
        return csv.toString();
    }

    /** How many rows {@link #csv} writes. */
    public static int rows(int years) {
        return years * RATES.size() * 13;
    }
}
