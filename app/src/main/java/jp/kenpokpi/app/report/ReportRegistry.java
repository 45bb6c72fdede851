package jp.kenpokpi.app.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import org.springframework.stereotype.Component;

/**
 * Every report kind the application has, as Spring lists the {@link ReportKind} beans (in their {@code @Order}):
 * the one list the pages, downloads, nav, reports index, branch book and command line read.
 */
@Component
public class ReportRegistry {

    /** R2 before R10. */
    private static final Comparator<TableReportKind> BY_NUMBER =
            Comparator.comparing((TableReportKind k) -> k.number().length()).thenComparing(TableReportKind::number);

    private final List<ReportKind> kinds;

    public ReportRegistry(List<ReportKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** In declaration order: the command line's list, the book's sections. */
    public List<ReportKind> all() {
        return kinds;
    }

    public List<String> ids() {
        return kinds.stream().map(ReportKind::id).toList();
    }

    /** The report of this id (kpi-summary) or, for a report with a page, of this number as people say it (R1). */
    public Optional<ReportKind> find(String id) {
        return kinds.stream()
                .filter(k -> k.id().equals(id)
                        || (k instanceof TableReportKind t && t.number().equalsIgnoreCase(id)))
                .findFirst();
    }

    /** The reports with a page, R1 to R7: the nav and the reports index. */
    public List<TableReportKind> tables() {
        return kinds.stream()
                .filter(TableReportKind.class::isInstance)
                .map(TableReportKind.class::cast)
                .sorted(BY_NUMBER)
                .toList();
    }

    /** The report drawn for a request, or {@link ReportUnavailableException} saying why it cannot be. */
    public ReportDocument document(ReportKind kind, ReportRequest request, Format format) {
        return document(kind, kind.query(request), format);
    }

    public ReportDocument document(ReportKind kind, ReportQuery query, Format format) {
        kind.missingJa(query).ifPresent(why -> {
            throw new ReportUnavailableException(kind.unavailableJa(query, why));
        });
        return kind.document(query, format);
    }
}
