package jp.kenpokpi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import jp.kenpokpi.summary.BranchYearSummary;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.ValueFormat;
import org.junit.jupiter.api.Test;

/**
 * One national value per KPI and year, and one rule for its labels: the association's published result, else the
 * 全国平均 a branch's report printed, else the value computed from the branches (算, 架空 when one is synthetic).
 */
class NationalValuesTest {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final String GENERIC = "GENERIC_DRUG_SHARE";
    private static final KpiDefinition DEFINITION = ReferenceCatalogue.definition(GENERIC, 2023);

    private final List<StoredResult> results = new ArrayList<>();

    private StoredResults.Builder result(String org) {
        return StoredResults.yearEnd(org, FY2023, GENERIC, DEFINITION.definitionFy());
    }

    private void add(StoredResults.Builder result) {
        results.add(result.build());
    }

    private void ratio(String org, long numerator, long denominator, boolean synthetic) {
        add(result(org).value(StoredResults.ratio(numerator, denominator)).synthetic(synthetic));
    }

    private List<SummaryRow> rows(String org) {
        return new BranchYearSummary(ReferenceCatalogue.get(), new KpiDataSet(List.of(), results), MarkPolicies.EXCEEDS)
                .rows(OrgCode.of(org), FY2023);
    }

    private SummaryRow generic(String org) {
        return rows(org).stream()
                .filter(r -> r.definition().kpiCode().equals(GENERIC))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNationalAveragePrintedInOneBranchsReportIsTheValueOfEveryBranchAndOfTheAssociation() {
        // Tochigi printed 82.0% beside its 83.8%; Hokkaido's synthetic row has a numerator and denominator only.
        add(result("09").printed("83.8%").national("82.0%"));
        ratio("01", 818, 1000, true);

        // As printed, with the number the import read from it: 82.0 in %, one decimal.
        Figure printed = Figure.printed(
                "82.0%", new PrintedValue.Amount(new BigDecimal("82.0"), Optional.of(DEFINITION.unit())), false, false);
        for (String org : List.of("09", "01", "13", "05")) {
            assertThat(generic(org).nationalFigure()).as(org).isEqualTo(printed);
        }
        SummaryRow association = generic("00");
        assertThat(association.actualFigure()).isEqualTo(printed);
        assertThat(association.nationalValue())
                .hasValueSatisfying(n -> assertThat(n.sourceJa()).isEqualTo("栃木支部の報告書に記載の全国平均"));
    }

    @Test
    void theAssociationsPublishedResultComesBeforeAValuePrintedByABranch() {
        add(result("00").printed("81.9%"));
        add(result("09").printed("83.8%").national("82.0%"));
        assertThat(generic("13").nationalValueText()).contains("81.9%");
        assertThat(generic("09").nationalValueText())
                .as("Tochigi keeps what its own report printed")
                .contains("82.0%");
    }

    @Test
    void aValueComputedFromSomeBranchesIsShownLabelled算And架空WhenASyntheticValueWentIntoIt() {
        ratio("01", 800, 1000, true);
        ratio("02", 850, 1000, false);
        Figure national = generic("13").nationalFigure();
        assertThat(national.text()).contains("82.5%");
        assertThat(national.labels()).containsExactly(Figure.Label.COMPUTED, Figure.Label.SYNTHETIC);
        assertThat(generic("00").actualFigure()).isEqualTo(national);
        assertThat(national.plainJa("－")).isEqualTo("82.5% 算 架空");
        assertThat(Figure.none().labels()).isEmpty();
        assertThat(Figure.of(Optional.empty(), true, true).plainJa("－"))
                .as("an empty cell carries no label")
                .isEqualTo("－");
    }

    @Test
    void aComputedNationalValueCarriesItsNumberInTheKpisUnitAtTheDecimalsItIsPrintedWith() {
        // 1,000 / 3,000 = 33.333…%: the number shown and exported is the one printed, 33.3 at the KPI's one decimal.
        ratio("01", 400, 1000, false);
        ratio("02", 600, 2000, false);
        Figure national = generic("13").nationalFigure();
        int decimals = DEFINITION.precision().decimals();
        BigDecimal expected = new BigDecimal("33.333333").setScale(decimals, java.math.RoundingMode.HALF_UP);
        assertThat(national.amount()).contains(new PrintedValue.Amount(expected, Optional.of(DEFINITION.unit())));
        assertThat(national.text()).contains(ValueFormat.amount(expected, DEFINITION.unit()));
        assertThat(generic("13").nationalValue())
                .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(expected));
    }

    @Test
    void valuesAndTargetsReadWithHalfWidthDigitsAndPercentWhileWordsStayAsPrinted() {
        assertThat(ValueFormat.display("94.0％以上")).isEqualTo("94.0%以上");
        assertThat(ValueFormat.display("７２．２％")).isEqualTo("72.2%");
        assertThat(ValueFormat.display("1，330事業所以上")).isEqualTo("1,330事業所以上");
        assertThat(ValueFormat.display("※基準変更 対前年度以上")).isEqualTo("※基準変更 対前年度以上");
        assertThat(ValueFormat.display("全国平均（％）")).isEqualTo("全国平均（％）");
    }
}
