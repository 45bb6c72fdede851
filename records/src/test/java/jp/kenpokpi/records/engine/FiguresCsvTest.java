package jp.kenpokpi.records.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import org.junit.jupiter.api.Test;

/** The figures file a job in another process hands over: written, read back, and what it refuses (in Japanese). */
class FiguresCsvTest {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final List<KpiQuery> QUERIES =
            DefinitionLibrary.reference().inForceAndLater(FY2023, List.of("GENERIC_DRUG_SHARE", "CARD_RECOVERY_RATE"));

    @Test
    void whatIsWrittenReadsBackInTheQueriesOrder() {
        List<ComputedFigure> figures = List.of(
                figure(1, "47", "2", "3"), figure(0, "13", "120.500", "200.000"), figure(0, "09", "300", "400"));
        String text = FiguresCsv.write(FY2023, AsOf.parse("2023-09"), figures);
        assertThat(text.lines().toList())
                .containsExactly(
                        "fiscal_year,as_of,kpi_code,definition_fy,branch_code,numerator,denominator",
                        "2023,2023-09,CARD_RECOVERY_RATE,2021,47,2,3",
                        "2023,2023-09,GENERIC_DRUG_SHARE,2021,13,120.500,200.000",
                        "2023,2023-09,GENERIC_DRUG_SHARE,2021,09,300,400");

        List<ComputedFigure> read = FiguresCsv.read("f.csv", text, FY2023, AsOf.parse("2023-09"), QUERIES);
        assertThat(read)
                .extracting(f -> f.kpiCode() + " " + f.org().value())
                .containsExactly("GENERIC_DRUG_SHARE 09", "GENERIC_DRUG_SHARE 13", "CARD_RECOVERY_RATE 47");
        assertThat(read.get(1).numerator()).isEqualByComparingTo("120.5");
    }

    @Test
    void anotherPeriodAVersionNotAskedForABranchOrANumberThatIsNotOneAreRefused() {
        String header = String.join(",", FiguresCsv.HEADER) + "\n";
        assertThatThrownBy(() -> read(header + "2022,,GENERIC_DRUG_SHARE,2021,09,1,2\n"))
                .hasMessageContaining("f.csv の2行目: fiscal_year・as_of が 2023・（空欄） ではありません");
        assertThatThrownBy(() -> read(header + "2023,,LIFESTYLE_CHECKUP_RATE,2021,09,1,2\n"))
                .hasMessageContaining("「LIFESTYLE_CHECKUP_RATE@2021」は算出を求めた定義ではありません");
        assertThatThrownBy(() -> read(header + "2023,,GENERIC_DRUG_SHARE,2021,00,1,2\n"))
                .hasMessageContaining("branch_code「00」は支部コードではありません");
        assertThatThrownBy(() -> read(header + "2023,,GENERIC_DRUG_SHARE,2021,09,1,二\n"))
                .hasMessageContaining("denominator「二」は数値ではありません");
        assertThatThrownBy(() -> read("kpi_code,numerator\n"))
                .isInstanceOf(RecordsException.class)
                .hasMessageContaining("f.csv の1行目は見出し fiscal_year,as_of,");
    }

    private static List<ComputedFigure> read(String text) {
        return FiguresCsv.read("f.csv", text, FY2023, Optional.empty(), QUERIES);
    }

    private static ComputedFigure figure(int query, String branch, String numerator, String denominator) {
        return new ComputedFigure(
                OrgCode.read(branch).orElseThrow(),
                QUERIES.get(query).definition(),
                new BigDecimal(numerator),
                new BigDecimal(denominator));
    }
}
