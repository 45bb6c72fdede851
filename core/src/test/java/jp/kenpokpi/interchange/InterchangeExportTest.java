package jp.kenpokpi.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.sampledata.SyntheticDataGenerator;
import org.junit.jupiter.api.Test;

/**
 * The export read back: what it writes imports to the same stored targets and results, so that a second export is
 * the same text. The import is played here as InterchangeImport plays it (a row's target, and its result where the
 * row carries one, each stored under its key); the database round trip is ExportIT's.
 */
class InterchangeExportTest {

    private static final KpiCatalogue CATALOGUE = ReferenceCatalogue.get();
    private static final String HEADER = String.join(",", InterchangeExport.header());

    /** Targets and results as an import into an empty database stores them, by key. */
    private record Stored(Map<String, StoredTarget> targets, Map<String, StoredResult> results) {

        static Stored imported(List<InterchangeFile> files) {
            InterchangeReader.Outcome read = new InterchangeReader(CATALOGUE).read(files);
            assertThat(read.problems()).extracting(ImportProblem::describeJa).isEmpty();
            Stored stored = new Stored(new LinkedHashMap<>(), new LinkedHashMap<>());
            for (InterchangeRow row : read.rows()) {
                row.storedTarget().ifPresent(t -> stored.targets.put(t.org() + "/" + t.year() + "/" + t.kpiCode(), t));
                if (row.hasResult() || (row.target().isEmpty() && row.note().isPresent())) {
                    stored.results.put(row.key().toString(), row.storedResult());
                }
            }
            return stored;
        }

        String export() {
            InterchangeExport export = new InterchangeExport(CATALOGUE);
            TreeSet<FiscalYear> years = new TreeSet<>();
            targets.values().forEach(t -> years.add(t.year()));
            results.values().forEach(r -> years.add(r.year()));
            CsvWriter csv = new CsvWriter().row(InterchangeExport.header());
            for (FiscalYear year : years) {
                export.rows(year, targets.values(), results.values()).forEach(csv::row);
            }
            return csv.toString();
        }
    }

    private static InterchangeFile file(String name, String text) {
        return new InterchangeFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<InterchangeFile> sampleData() {
        List<InterchangeFile> files = new ArrayList<>(SampleData.allFiles());
        List<InterchangeRow> real =
                new InterchangeReader(CATALOGUE).read(SampleData.allFiles()).rows();
        files.add(file("synthetic.csv", SyntheticDataGenerator.generate(CATALOGUE, real)));
        return files;
    }

    @Test
    void the_sample_data_exported_imports_to_the_same_export() {
        Stored original = Stored.imported(sampleData());
        String first = original.export();

        Stored again = Stored.imported(List.of(file("export.csv", first)));

        assertThat(again.targets()).isEqualTo(original.targets());
        assertThat(again.results()).isEqualTo(original.results());
        assertThat(again.export()).isEqualTo(first);
        assertThat(first.lines().count() - 1)
                .as("rows: a merged row holds a target and a result")
                .isLessThanOrEqualTo(
                        original.targets().size() + original.results().size())
                .isGreaterThanOrEqualTo(original.results().size());
    }

    @Test
    void rows_are_ordered_by_year_branch_as_of_kpi_and_version_the_target_merged_where_one_row_holds_both() {
        String input = HEADER + "\n"
                + "09,2023,2023-09,INSURED_GUIDANCE_RATE,,,10.0%,,,,,,,,s,\n"
                + "09,2023,,LIFESTYLE_CHECKUP_RATE,,71.7%以上,72.2% (R6.2現在),163860,226946,57.7%,18,◎,B,\"二行の\n備考\",s,\n"
                + "00,2023,,LIFESTYLE_CHECKUP_RATE,,70%,,,,,,,,目標の備考,s,架空\n"
                + "00,2023,,LIFESTYLE_CHECKUP_RATE,,,69.0%,,,,,,,,s,架空\n";
        Stored stored = Stored.imported(List.of(file("in.csv", input)));

        assertThat(stored.export())
                .isEqualTo(HEADER + "\n"
                        + "00,2023,,LIFESTYLE_CHECKUP_RATE,,70%,,,,,,,,目標の備考,s,架空\n"
                        + "00,2023,,LIFESTYLE_CHECKUP_RATE,,,69.0%,,,,,,,,s,架空\n"
                        + "09,2023,,LIFESTYLE_CHECKUP_RATE,,71.7%以上,72.2% (R6.2現在),163860,226946,57.7%,18,◎,B,\"二行の\n備考\",s,\n"
                        + "09,2023,2023-09,INSURED_GUIDANCE_RATE,,,10.0%,,,,,,,,s,\n");
        assertThat(stored.results().values())
                .filteredOn(r -> r.org().value().equals("09") && r.asOf().isEmpty())
                .singleElement()
                .satisfies(r -> assertThat(r.note()).contains("二行の\n備考 (R6.2現在)"));
    }

    @Test
    void a_restated_prior_year_value_names_its_version_and_a_formula_like_note_is_neutralised() {
        KpiCatalogue catalogue = CATALOGUE;
        String restated = catalogue.kpis().stream()
                .filter(k -> k.versions().size() > 1
                        && k.versions().get(1).unit().symbol().equals("%"))
                .map(k -> k.code() + "," + k.versions().get(1).definitionFy())
                .findFirst()
                .orElseThrow();
        String kpi = restated.split(",")[0];
        int newer = Integer.parseInt(restated.split(",")[1]);
        int prior = newer - 1;
        String value = "10.0%";
        Stored stored = Stored.imported(List.of(file(
                "in.csv",
                HEADER + "\n" + "09," + prior + ",," + kpi + "," + newer + ",," + value
                        + ",,,,,,,'=HYPERLINK(1),,\n")));

        String export = stored.export();

        assertThat(export)
                .contains("09," + prior + ",," + kpi + "," + newer + ",," + value + ",,,,,,,'=HYPERLINK(1),,\n");
        assertThat(Stored.imported(List.of(file("again.csv", export))).results())
                .isEqualTo(stored.results());
    }

    @Test
    void a_result_with_nothing_an_import_would_store_is_not_written() {
        // As the entry form may leave one: no value, no note (a narrative only, which the format has no column for).
        StoredResult empty = StoredResults.yearEnd("09", FiscalYear.of(2023), "LIFESTYLE_CHECKUP_RATE", 2021)
                .build();

        assertThat(new InterchangeExport(CATALOGUE).rows(FiscalYear.of(2023), List.of(), List.of(empty)))
                .isEmpty();
        assertThat(new InterchangeExport(CATALOGUE)
                        .rows(
                                FiscalYear.of(2023),
                                List.of(),
                                List.of(StoredResults.yearEnd("09", FiscalYear.of(2023), "LIFESTYLE_CHECKUP_RATE", 2021)
                                        .note("備考だけ")
                                        .build())))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("備考だけ"));
    }
}
