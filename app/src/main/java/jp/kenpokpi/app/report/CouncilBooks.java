package jp.kenpokpi.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.report.ReportBook;
import jp.kenpokpi.report.ReportBook.Cover;
import jp.kenpokpi.report.ReportBook.Section;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The report books: a branch's fiscal year in one file (the registry's table reports that name a section), and headquarters' book of R1 for all 47
 * branches. Each report is built by its own service, as for its page; nothing is cached here beyond what those
 * services keep (docs/PERFORMANCE.md, 報告書一式).
 */
@Service
public class CouncilBooks {

    /** The date on the cover is the date in Japan, where the book is printed. */
    private static final String ASSOCIATION_JA = "全国健康保険協会";

    static final String HEADQUARTERS_JA = ASSOCIATION_JA + " 本部";

    private final KpiSummaryReports kpiSummaries;
    private final PlanReports planReports;
    /** Late: the registry lists the book itself (BranchBookKind). */
    private final ObjectProvider<ReportRegistry> registry;

    public CouncilBooks(
            KpiSummaryReports kpiSummaries, PlanReports planReports, ObjectProvider<ReportRegistry> registry) {
        this.kpiSummaries = kpiSummaries;
        this.planReports = planReports;
        this.registry = registry;
    }

    /** 令和5年度 栃木支部 事業計画実施状況報告書: cover, contents, then {@link #branchSections}. */
    public ReportBook branchBook(Organisation organisation, FiscalYear year) {
        String organisationJa =
                organisation.isAssociation() ? ASSOCIATION_JA : ASSOCIATION_JA + " " + organisation.nameJa();
        Cover cover = cover(year.japanese() + " " + organisation.nameJa() + " 事業計画実施状況報告書", organisationJa, year);
        return new ReportBook(cover, branchSections(organisation, year));
    }

    /**
     * The reports of a branch's book, in the registry's order; each short title names the contents' entry and the
     * Excel sheet. Every table report that names a section and is not missing for the branch's year: R1; with a plan
     * R2 and R3, and R6 when the plan gives reasons for its targets (a plan for the coming year, as Akita's); R7 with
     * a budget.
     */
    List<Section> branchSections(Organisation organisation, FiscalYear year) {
        ReportRequest request = ReportRequest.forBranchYear(organisation, year, Optional.empty());
        List<Section> sections = new ArrayList<>();
        for (ReportKind kind : registry.getObject().all()) {
            if (!(kind instanceof TableReportKind report)
                    || report.bookSectionJa().isEmpty()) continue;
            ReportQuery query = report.query(request);
            if (report.missingJa(query).isEmpty())
                sections.add(new Section(report.bookSectionJa().get(), report.table(query)));
        }
        return sections;
    }

    /** Headquarters' book: R1 of each of the 47 branches, in branch-code order, one section each (北海道 … 沖縄). */
    public ReportBook associationBook(FiscalYear year) {
        Cover cover = cover(year.japanese() + " 全支部 事業計画実施状況（概要）", HEADQUARTERS_JA, year);
        List<Section> sections = new ArrayList<>();
        Map<OrgCode, BusinessPlan> plans = planReports.plans(year);
        for (Organisation branch : Organisations.all().branches()) {
            sections.add(new Section(
                    branch.shortNameJa(),
                    kpiSummaries.table(branch, year, Optional.ofNullable(plans.get(branch.code())))));
        }
        return new ReportBook(cover, sections);
    }

    /** A cover dated today in Japan. */
    static Cover cover(String title, String organisationJa, FiscalYear year) {
        return new Cover(title, organisationJa, year, LocalDate.now(JapanTime.ZONE));
    }

    /** report-book-09-2023.pdf: ASCII, so that every browser keeps the name. */
    public static String branchFileName(Organisation organisation, FiscalYear year, Format format) {
        return "report-book-" + organisation.code().value() + "-" + year.value() + "." + format.extension();
    }

    /** report-book-all-2023.pdf */
    public static String associationFileName(FiscalYear year, Format format) {
        return "report-book-all-" + year.value() + "." + format.extension();
    }
}
