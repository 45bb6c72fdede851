package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import org.junit.jupiter.api.Test;

/**
 * A report kind is declared once: the registry lists it for the index and nav (by number), says why it is missing in
 * the declaration's own words, and derives its file name and command-line options from its parameters.
 */
class ReportRegistryTest {

    /** A report of a branch's year, missing for Tokyo: what a later issue's R8 or R10 would declare. */
    private record Declared(String id, String number) implements TableReportKind {
        public String nameJa() {
            return "報告" + number;
        }

        public String navJa() {
            return number;
        }

        public List<ReportParameter> parameters() {
            return List.of(ReportParameter.BRANCH, ReportParameter.YEAR);
        }

        public ReportQuery query(ReportRequest request) {
            return ReportQuery.branchYear(
                    request.organisation(OrgCode.ASSOCIATION), request.year(() -> FiscalYear.of(2023)));
        }

        public Optional<String> missingJa(ReportQuery query) {
            return query.organisation().code().value().equals("13") ? Optional.of("記録がありません") : Optional.empty();
        }

        public ReportTable table(ReportQuery query) {
            return new ReportTable(
                    query.subjectJa() + " " + nameJa(),
                    List.of(new Column("a", 10)),
                    List.of(List.of(HeaderCell.of("見出し"))),
                    List.of(),
                    List.of());
        }
    }

    private static ReportRequest ask(String branch, String year) {
        return new ReportRequest(Map.of(ReportParameter.BRANCH, branch, ReportParameter.YEAR, year), Optional.empty());
    }

    private final ReportRegistry registry =
            new ReportRegistry(List.of(new Declared("r10", "R10"), new Declared("r8", "R8")));

    @Test
    void theIndexAndNavListTheTableReportsByNumberAndTheCommandLineInDeclarationOrder() {
        assertThat(registry.tables()).extracting(TableReportKind::number).containsExactly("R8", "R10");
        assertThat(registry.ids()).containsExactly("r10", "r8");
    }

    @Test
    void aMissingReportIsRefusedWithTheDeclarationsReason() {
        ReportKind r8 = registry.find("r8").orElseThrow();
        assertThatThrownBy(() -> registry.document(r8, ask("13", "2023"), Format.PDF))
                .isInstanceOf(ReportUnavailableException.class)
                .hasMessageContaining("東京支部 令和5年度: 記録がありません");
        assertThat(registry.document(r8, ask("9", "2023"), Format.HTML).title()).isEqualTo("栃木支部 令和5年度 報告R8");
    }

    @Test
    void theFileNameLinkAndCommandLineOptionsComeFromTheParameters() {
        ReportKind r8 = registry.find("r8").orElseThrow();
        ReportQuery query = ReportQuery.branchYear(Organisations.all().get(OrgCode.of("09")), FiscalYear.of(2023));
        assertThat(r8.fileName(query, Format.XLSX)).isEqualTo("r8-09-2023.xlsx");
        assertThat(query.queryString(r8.parameters())).isEqualTo("branch=09&year=2023");
        assertThat(r8.usageJa()).isEqualTo("--branch 09 --year 2023");
        assertThat(r8.downloads()).containsExactly(Format.XLSX, Format.PDF);
    }
}
