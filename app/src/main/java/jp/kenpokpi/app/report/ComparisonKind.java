package jp.kenpokpi.app.report;

import java.util.Map;
import jp.kenpokpi.app.report.CouncilReports.Scope;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.report.ReportTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** R4 KPI実績の支部間比較: the association beside a block's branches, or all 47 (printed as a book of the blocks). */
@Component
@Order(70)
class ComparisonKind extends DeclaredTableReport {

    private static final String DEFAULT_BLOCK = "TOHOKU";

    private final CouncilReports reports;
    private final SummaryService summaries;

    ComparisonKind(CouncilReports reports, SummaryService summaries) {
        super("comparison", "R4", "KPI実績の支部間比較（協会全体・ブロック）", "支部間比較", null, ReportParameter.YEAR, ReportParameter.BLOCK);
        this.reports = reports;
        this.summaries = summaries;
    }

    public ReportQuery query(ReportRequest request) {
        return new ReportQuery(
                null, request.year(() -> summaries.defaultYear(OrgCode.ASSOCIATION)), scope(request), null);
    }

    /**
     * The block asked for; else the block of the branch asked for (the reports index), else the user's own branch's
     * (a branch editor compares within their block); headquarters and viewers start on 東北.
     */
    private static Scope scope(ReportRequest request) {
        String id = request.get(ReportParameter.BLOCK)
                .orElseGet(() -> request.get(ReportParameter.BRANCH)
                        .map(b -> blockOf(request.organisation(OrgCode.ASSOCIATION)))
                        .orElseGet(() -> request.ownBranch()
                                .map(b -> blockOf(Organisations.all().get(b)))
                                .orElse(DEFAULT_BLOCK)));
        return Scope.parse(id).orElseThrow(() -> new ReportUnavailableException(Scope.unknownJa(id)));
    }

    private static String blockOf(Organisation organisation) {
        return organisation.block().map(Enum::name).orElse(DEFAULT_BLOCK);
    }

    public ReportTable table(ReportQuery query) {
        return reports.comparison(query.year(), query.scope());
    }

    @Override
    public ReportDocument document(ReportQuery query, Format format) {
        return CouncilReports.printedByBlock(query.scope(), format)
                ? new ReportDocument.Book(reports.comparisonBook(query.year()))
                : new ReportDocument.Table(table(query));
    }

    @Override
    public String fileName(ReportQuery query, Format format) {
        return CouncilReports.comparisonFileName(query.year(), query.scope(), format);
    }

    public void addPageModel(ReportQuery query, Map<String, Object> model) {
        model.put("blocks", Block.values());
    }
}
