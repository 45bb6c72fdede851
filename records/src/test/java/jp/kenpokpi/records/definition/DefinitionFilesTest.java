package jp.kenpokpi.records.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.DocTables;
import org.junit.jupiter.api.Test;

/**
 * The definition files agree with the catalogue and with docs/RECORDS.md, and stay in the SQL both engines run.
 */
class DefinitionFilesTest {

    private static final Path DIRECTORY = Path.of("src/main/resources/kpi-definitions");
    private static final DefinitionLibrary LIBRARY = DefinitionLibrary.reference();
    private static final KpiCatalogue CATALOGUE = LIBRARY.catalogue();

    /** Engine-specific date functions and syntax (see docs/RECORDS.md): each has a different meaning elsewhere. */
    private static final List<String> NOT_PORTABLE = List.of(
            "date_diff",
            "datediff",
            "date_add",
            "date_sub",
            "date_trunc",
            "add_months",
            "interval",
            "strftime",
            "::",
            "qualify",
            "ilike");

    @Test
    void everyFileNamesAVersionOfTheCatalogue() throws IOException {
        for (String file : files()) {
            String[] parts = file.replace(".sql", "").split("@");
            assertThat(parts).as(file).hasSize(2);
            Optional<KpiDefinition> version = CATALOGUE
                    .find(parts[0])
                    .flatMap(k -> k.versions().stream()
                            .filter(v -> Integer.toString(v.definitionFy()).equals(parts[1]))
                            .findFirst());
            assertThat(version)
                    .as("%s: no such KPI and version in the catalogue", file)
                    .isPresent();
        }
    }

    @Test
    void theComputableVersionsOfTheDocumentAreTheFiles() throws IOException {
        List<String> rows = DocTables.tableUnder("### Computable definition versions");
        List<String> documented = rows.stream()
                .map(r -> r.split("\\|"))
                .map(cells -> KpiQuery.fileName(cells[1].strip(), Integer.parseInt(cells[2].strip())))
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(files());
        assertThat(LIBRARY.all()).hasSameSizeAs(files());
    }

    @Test
    void theDocumentNamesEachNumeratorAndDenominatorInTheCataloguesWords() {
        for (String row : DocTables.tableUnder("### Computable definition versions")) {
            String[] cells = row.split("\\|");
            KpiDefinition version = LIBRARY.all().stream()
                    .map(KpiQuery::definition)
                    .filter(d -> d.kpiCode().equals(cells[1].strip())
                            && Integer.toString(d.definitionFy()).equals(cells[2].strip()))
                    .findFirst()
                    .orElseThrow();
            assertThat(cells[3].strip()).as(row).isEqualTo(version.numeratorJa());
            assertThat(cells[4].strip()).as(row).isEqualTo(version.denominatorJa());
        }
    }

    @Test
    void everyFileUsesOnlyKnownParametersAndPortableSql() throws IOException {
        QueryParameters parameters = QueryParameters.of(FiscalYear.of(2023), Optional.empty());
        for (KpiQuery query : LIBRARY.all()) {
            String bound = parameters.bind(query.sql());
            String code = withoutComments(query.sql()).toLowerCase(Locale.ROOT);
            assertThat(NOT_PORTABLE).as(query.fileName()).noneMatch(code::contains);
            assertThat(bound).as(query.fileName()).doesNotContain(":period", ":born", ":last");
            assertThat(code).as(query.fileName()).contains("branch_code", "numerator", "denominator");
        }
    }

    @Test
    void theDerivedViewsAreTheFilesOfRecordViewsAndPortableToo() throws IOException {
        try (Stream<Path> paths = Files.list(Path.of("src/main/resources/record-views"))) {
            assertThat(paths.map(p -> p.getFileName().toString().replace(".sql", "")))
                    .containsExactlyInAnyOrderElementsOf(DerivedView.NAMES);
        }
        QueryParameters parameters = QueryParameters.of(FiscalYear.of(2023), Optional.empty());
        for (DerivedView view : DerivedView.all()) {
            String code = withoutComments(view.sql()).toLowerCase(Locale.ROOT);
            assertThat(NOT_PORTABLE).as(view.name()).noneMatch(code::contains);
            assertThat(parameters.bind(view.sql())).as(view.name()).doesNotContain(":period", ":born");
        }
    }

    @Test
    void theVersionInForceIsChosenByTheYear() {
        assertThat(LIBRARY.inForce(FiscalYear.of(2023), List.of("LIFESTYLE_CHECKUP_RATE", "REFERRAL_VISIT_RATE")))
                .extracting(KpiQuery::fileName)
                .containsExactly("LIFESTYLE_CHECKUP_RATE@2021.sql", "REFERRAL_VISIT_RATE@2021.sql");
        assertThat(LIBRARY.inForce(FiscalYear.of(2024), List.of("LIFESTYLE_CHECKUP_RATE")))
                .extracting(KpiQuery::fileName)
                .containsExactly("LIFESTYLE_CHECKUP_RATE@2024.sql");
        // No KPI asked for: all computable ones in force (MAIL_APPLICATION_RATE ended in 2024, COUNTER_… began 2025).
        assertThat(LIBRARY.inForce(FiscalYear.of(2025), List.of()))
                .extracting(KpiQuery::fileName)
                .contains("COUNTER_RECEIPT_RATE@2025.sql")
                .doesNotContain("MAIL_APPLICATION_RATE@2021.sql");
    }

    @Test
    void aKpiThatCannotBeComputedIsNamedInTheMessage() {
        assertThatThrownBy(() -> LIBRARY.inForce(FiscalYear.of(2023), List.of("SINGLE_BID_RATE")))
                .hasMessageContaining("SINGLE_BID_RATE")
                .hasMessageContaining("記録から算出できません");
        assertThatThrownBy(() -> LIBRARY.inForce(FiscalYear.of(2023), List.of("COUNTER_RECEIPT_RATE")))
                .hasMessageContaining("COUNTER_RECEIPT_RATE")
                .hasMessageContaining("カタログにありません");
        assertThatThrownBy(() -> LIBRARY.inForce(FiscalYear.of(2023), List.of("NO_SUCH_KPI")))
                .hasMessageContaining("NO_SUCH_KPI");
    }

    private static List<String> files() throws IOException {
        try (Stream<Path> paths = Files.list(DIRECTORY)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String withoutComments(String sql) {
        return sql.lines().map(l -> l.replaceAll("--.*$", "")).reduce("", (a, b) -> a + "\n" + b);
    }
}
