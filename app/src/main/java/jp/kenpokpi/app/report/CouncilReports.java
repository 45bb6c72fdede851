package jp.kenpokpi.app.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ComparisonReport;
import jp.kenpokpi.report.InterimReport;
import jp.kenpokpi.report.ReportBook;
import jp.kenpokpi.report.ReportTable;
import org.springframework.stereotype.Service;

/**
 * Reports R4 (支部間比較) and R5 (中間の実施状況) from the same computations as the comparison and interim pages;
 * the report pages, downloads and command line share them.
 */
@Service
public class CouncilReports {

    /** The branches a comparison sets beside the association: a block (TOHOKU …) or ALL 47. */
    public record Scope(String id, String labelJa, List<Organisation> branches) {

        public static final String ALL = "ALL";

        public static Optional<Scope> parse(String text) {
            String id = text.strip().toUpperCase(Locale.ROOT);
            if (id.equals(ALL))
                return Optional.of(new Scope(ALL, "全支部", Organisations.all().branches()));
            for (Block b : Block.values()) {
                if (b.name().equals(id))
                    return Optional.of(new Scope(
                            id, b.nameJa() + "ブロック", Organisations.all().branchesIn(b)));
            }
            return Optional.empty();
        }

        public static String unknownJa(String text) {
            return "ブロック「" + text + "」はありません（" + ALL + " または HOKKAIDO, TOHOKU, KANTO など）";
        }
    }

    private final SummaryService summaries;

    public CouncilReports(SummaryService summaries) {
        this.summaries = summaries;
    }

    /** Judged as R1 and the Akita table are (目標を上回れば◎). */
    public ReportTable comparison(FiscalYear year, Scope scope) {
        return ComparisonReport.of(summaries.comparison(year, scope.branches(), MarkPolicies.EXCEEDS), scope.labelJa());
    }

    /**
     * The comparison of all 47 branches as a book of the eight blocks, each beside the association: 97 columns do not
     * fit a printed page (the Excel sheet keeps them on one sheet, where a reader scrolls).
     */
    public ReportBook comparisonBook(FiscalYear year) {
        ReportBook.Cover cover =
                CouncilBooks.cover(year.japanese() + " KPI実績の支部間比較（協会全体・全支部）", CouncilBooks.HEADQUARTERS_JA, year);
        List<ReportBook.Section> sections = new java.util.ArrayList<>();
        for (Block block : Block.values()) {
            Scope scope = Scope.parse(block.name()).orElseThrow();
            sections.add(new ReportBook.Section(block.nameJa(), comparison(year, scope)));
        }
        return new ReportBook(cover, sections);
    }

    /** A PDF of all 47 branches is the book of blocks; anything else is the one table. */
    public static boolean printedByBlock(Scope scope, Format format) {
        return scope.id().equals(Scope.ALL) && format == Format.PDF;
    }

    public ReportTable interim(Organisation organisation, AsOf asOf) {
        return InterimReport.of(summaries.interim(organisation.code(), asOf), organisation, asOf);
    }

    /** comparison-TOHOKU-2023.pdf: ASCII, so that every browser keeps the name. */
    public static String comparisonFileName(FiscalYear year, Scope scope, Format format) {
        return "comparison-" + scope.id() + "-" + year.value() + "." + format.extension();
    }
}
