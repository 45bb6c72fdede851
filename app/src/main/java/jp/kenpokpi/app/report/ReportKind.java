package jp.kenpokpi.app.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;

/**
 * One kind of report, declared once: a Spring bean implementing this (or {@link TableReportKind} for a report with
 * a page) is listed by {@link ReportRegistry}, which drives the downloads, the command line's {@code report} and its
 * usage, and, for a table report, its page, the nav, the reports index and the branch's book. The declaration order
 * ({@code @Order}) is the order of the command line's list and the book.
 */
public interface ReportKind {

    /** kpi-summary: the address /reports/kpi-summary(.pdf), the file name and the command line's --report. */
    String id();

    /** 事業計画実施状況（概要）: the reports index and the command line's usage. */
    String nameJa();

    /** What the report is asked for, in the order of its links and file names. */
    List<ReportParameter> parameters();

    /** The parameters with their defaults; throws {@link ReportUnavailableException} where there is no default. */
    ReportQuery query(ReportRequest request);

    /** Why the report cannot be drawn for this query (事業計画が未登録です), or empty when it can. */
    default Optional<String> missingJa(ReportQuery query) {
        return Optional.empty();
    }

    /** The whole sentence a download or the command line answers with when the report is {@link #missingJa}. */
    default String unavailableJa(ReportQuery query, String missingJa) {
        return query.subjectJa() + ": " + missingJa;
    }

    /** The report itself; asked only when it is not missing. */
    ReportDocument document(ReportQuery query, Format format);

    /** The formats the site offers it in; the command line writes every format. */
    default Set<Format> downloads() {
        return EnumSet.of(Format.XLSX, Format.PDF);
    }

    /** kpi-summary-09-2023.pdf: ASCII, so that every browser keeps the name. */
    default String fileName(ReportQuery query, Format format) {
        return id() + "-" + parameters().stream().map(query::text).collect(Collectors.joining("-")) + "."
                + format.extension();
    }

    /** The command line's options for it: --branch 09 --year 2023 [--block TOHOKU|…|ALL]. */
    default String usageJa() {
        return parameters().stream()
                .map(p -> {
                    String option = "--" + p.optionName() + " " + p.exampleJa();
                    return p.requiredOnCommandLine() ? option : "[" + option + "]";
                })
                .collect(Collectors.joining(" "));
    }
}
