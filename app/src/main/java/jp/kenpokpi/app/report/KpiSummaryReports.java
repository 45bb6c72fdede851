package jp.kenpokpi.app.report;

import java.util.List;
import jp.kenpokpi.app.plan.PlanRepository;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.report.KpiSummaryReport;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.report.ReportBook;
import jp.kenpokpi.report.ReportTable;
import org.springframework.stereotype.Service;

/** Report R1 for a branch's year (KpiSummaryKind, the books), and the formats every report is drawn in. */
@Service
public class KpiSummaryReports {

    /** The formats a report downloads in, with their media types. */
    public enum Format {
        HTML("html", "text/html;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public static java.util.Optional<Format> parse(String text) {
            return java.util.Arrays.stream(values())
                    .filter(f -> f.extension.equalsIgnoreCase(text))
                    .findFirst();
        }

        /** Draws any council report's table in this format. */
        public byte[] render(ReportTable table) {
            return switch (this) {
                case HTML -> ReportHtml.document(table).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                case XLSX -> ReportExcel.render(table);
                case PDF -> ReportPdf.render(table);
            };
        }

        /** Draws a report book in this format: one file holding all its reports. */
        public byte[] render(ReportBook book) {
            return switch (this) {
                case HTML -> ReportBookHtml.document(book).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                case XLSX -> ReportBookExcel.render(book);
                case PDF -> ReportPdf.render(book);
            };
        }
    }

    private final SummaryService summaries;
    private final PlanRepository plans;

    public KpiSummaryReports(SummaryService summaries, PlanRepository plans) {
        this.summaries = summaries;
        this.plans = plans;
    }

    /**
     * A branch's year as the dashboard, the command line's evaluate and the API list it, under a mark policy: the
     * summary rows in the branch's own 項番 order when it has a plan for the year, numbered as R1 numbers them.
     */
    public List<PlanResults.ItemRow> numberedRows(OrgCode org, FiscalYear year, MarkPolicy policy) {
        return PlanResults.inItemOrder(summaries.branchYear(org, year, policy), plans.find(org, year));
    }

    /**
     * The report judges marks as the Tochigi report does (目標を上回れば◎); with the branch's plan for the year, its
     * rows follow the plan's 項番.
     */
    public ReportTable table(Organisation organisation, FiscalYear year) {
        return table(organisation, year, plans.find(organisation.code(), year));
    }

    /** With the plan already at hand (the 47-branch book reads all plans at once). */
    public ReportTable table(Organisation organisation, FiscalYear year, java.util.Optional<BusinessPlan> plan) {
        return KpiSummaryReport.of(
                summaries.branchYear(organisation.code(), year, MarkPolicies.EXCEEDS), organisation, year, plan);
    }
}
