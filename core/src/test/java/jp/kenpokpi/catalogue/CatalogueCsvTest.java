package jp.kenpokpi.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The KPI catalogue shipped on the classpath, a copy of the reference kpi-catalogue.csv. */
class CatalogueCsvTest {

    private static final Path REFERENCE = Path.of("/work/shared/kpi-catalogue.csv");

    private final KpiCatalogue catalogue = ReferenceCatalogue.get();

    @Test
    void the_copy_on_the_classpath_is_byte_identical_to_the_reference_where_the_reference_is_at_hand()
            throws IOException {
        assumeTrue(Files.exists(REFERENCE), "the shared reference catalogue is not on this machine");

        assertThat(ReferenceCatalogue.bytes()).isEqualTo(Files.readAllBytes(REFERENCE));
    }

    @Test
    void every_code_of_the_file_is_one_kpi_and_there_are_25() {
        long codesInFile = ReferenceCatalogue.text()
                .lines()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(',')))
                .distinct()
                .count();

        assertThat(codesInFile).isEqualTo(25);
        assertThat(catalogue.kpis()).hasSize((int) codesInFile);
        assertThat(catalogue.planDefinitions()).hasSize((int) ReferenceCatalogue.text()
                .lines()
                .skip(1)
                .filter(l -> !l.isBlank())
                .count());
    }

    @Test
    void the_receipt_review_rate_has_two_versions_that_differ_from_2024() {
        Kpi kpi = catalogue.get("RECEIPT_REVIEW_RATE");

        assertThat(kpi.versions()).extracting(KpiDefinition::definitionFy).containsExactly(2021, 2024);
        KpiDefinition in2023 = kpi.definitionIn(FiscalYear.of(2023)).orElseThrow();
        KpiDefinition in2024 = kpi.definitionIn(FiscalYear.of(2024)).orElseThrow();
        assertThat(in2023).isNotEqualTo(in2024);
        assertThat(in2023.nameJa()).isEqualTo("社会保険診療報酬支払基金と合算したレセプト点検の査定率");
        assertThat(in2024.nameJa()).isEqualTo("協会のレセプト点検の査定率");
        assertThat(in2024.definitionNoteJa()).contains("基準変更");
        assertThat(kpi.versionStartingIn(2024)).contains(in2024);
        assertThat(kpi.versionStartingIn(2023)).isEmpty();
        assertThat(kpi.latest()).isEqualTo(in2024);
    }

    @Test
    void a_kpi_without_a_version_in_a_year_after_its_last_is_dropped() {
        Kpi judo = catalogue.get("JUDO_MULTI_FREQUENT_RATE");

        assertThat(judo.isDroppedIn(FiscalYear.of(2024))).isTrue();
        assertThat(judo.isDroppedIn(FiscalYear.of(2023))).isFalse();
        assertThat(judo.definitionIn(FiscalYear.of(2024))).isEmpty();
        assertThat(catalogue.definitionsIn(FiscalYear.of(2024)))
                .extracting(KpiDefinition::kpiCode)
                .doesNotContain("JUDO_MULTI_FREQUENT_RATE")
                .contains("RECEIPT_REVIEW_RATE");
    }

    @Test
    void a_year_before_the_first_version_falls_back_to_the_first_version() {
        Kpi kpi = catalogue.get("RECEIPT_REVIEW_RATE");

        assertThat(kpi.definitionIn(FiscalYear.of(2020)))
                .contains(kpi.versions().get(0));
        assertThat(kpi.isDroppedIn(FiscalYear.of(2020))).isFalse();
    }

    @ParameterizedTest(name = "{0} is aggregated by {1}")
    @CsvSource({
        "LIFESTYLE_CHECKUP_RATE, RATIO",
        "REFERRAL_VISIT_RATE, RATIO",
        "HEALTH_DECLARATION_OFFICES, SUM",
        "HEALTH_COMMISSIONER_OFFICES, SUM",
        "OPINION_ADVOCACY, BRANCHES_DONE",
        "BIOSIMILAR_PROMOTION, BRANCHES_DONE",
        "SS_AVERAGE_DAYS, NONE",
        "SNS_POSTS_PER_MONTH, NONE",
    })
    void each_kpi_has_its_aggregation_method(String code, AggregationMethod method) {
        assertThat(catalogue.get(code).latest().aggregationMethod()).isEqualTo(method);
    }

    @ParameterizedTest(name = "{0}: {1}, {2}, {3} decimals")
    @CsvSource({
        "SS_ACHIEVEMENT, PERCENT, HIGHER, 2",
        "SS_AVERAGE_DAYS, DAYS, LOWER, 1",
        "RECEIPT_REVIEW_RATE, PERCENT, HIGHER, 3",
        "REREVIEW_AMOUNT_PER_CASE, YEN, HIGHER, 0",
        "JUDO_MULTI_FREQUENT_RATE, PERCENT, LOWER, 2",
        "OPINION_ADVOCACY, DONE, DONE, 0",
        "SNS_POSTS_PER_MONTH, TIMES_PER_MONTH, HIGHER, 0",
        "SINGLE_BID_RATE, PERCENT, LOWER, 1",
    })
    void unit_direction_and_precision_are_read(String code, Unit unit, Direction direction, int decimals) {
        KpiDefinition definition = catalogue.get(code).latest();

        assertThat(definition.unit()).isEqualTo(unit);
        assertThat(definition.direction()).isEqualTo(direction);
        assertThat(definition.precision().decimals()).isEqualTo(decimals);
    }

    @Test
    void a_ratio_kpi_names_its_numerator_and_denominator() {
        KpiDefinition lifestyle = catalogue.get("LIFESTYLE_CHECKUP_RATE").latest();

        assertThat(lifestyle.isRatio()).isTrue();
        assertThat(lifestyle.denominatorJa()).isEqualTo("40歳以上の被保険者数（実施対象者数）");
        assertThat(catalogue.get("HEALTH_DECLARATION_OFFICES").latest().isRatio())
                .isFalse();
    }

    @Test
    void a_catalogue_with_another_header_is_rejected() {
        String text = ReferenceCatalogue.text();
        String[] lines = text.split("\n", 2);
        String renamed = lines[0].replace("decimals", "precision") + "\n" + lines[1];

        assertThatThrownBy(() -> CatalogueCsv.read(renamed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("見出し");
    }

    @Test
    void a_catalogue_with_an_unknown_unit_is_rejected_naming_the_line() {
        String text = "code,valid_from_fy,valid_to_fy,area,group,name_ja,unit,direction,decimals,numerator_ja,"
                + "denominator_ja,definition_note_ja\nX,2021,,a,g,n,ポイント,higher,1,,,\n";

        assertThatThrownBy(() -> CatalogueCsv.read(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2行目")
                .hasMessageContaining("ポイント");
    }

    @Test
    void the_reference_lists_each_code_in_one_block() {
        String[] codes = ReferenceCatalogue.text()
                .lines()
                .skip(1)
                .map(l -> l.split(",")[0])
                .toArray(String[]::new);
        assertThat(Arrays.stream(codes).distinct().toArray(String[]::new))
                .containsExactlyElementsOf(
                        catalogue.kpis().stream().map(Kpi::code).toList());
    }
}
