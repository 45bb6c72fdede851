package jp.kenpokpi.app.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.target.Bound;
import jp.kenpokpi.target.RelativeToPriorYear;
import jp.kenpokpi.target.TargetRuleParser;
import org.junit.jupiter.api.Test;

/**
 * The sample files' {@code note} holds only what a report printed: it is shown in 備考 on the dashboard and in the
 * council report R1. Where a value was read from (report lines) and how a print was read belong in {@code source}.
 */
class SampleDataNotesTest {

    /** The real files of the sample data (the synthetic one is generated). */
    private static final List<String> FILES = List.of(
            "tochigi-fy2023.csv", "akita-fy2023-reference.csv", "akita-fy2025-targets.csv", "hq-fy2021-interim.csv");

    /** What our transcription remarks say and a report never prints beside a KPI. */
    private static final Pattern REMARK =
            Pattern.compile("\\bl\\.\\s?\\d|カタログ|印字|原本|本文|一覧表|catalog", Pattern.CASE_INSENSITIVE);

    private static final KpiCatalogue CATALOGUE = CatalogueCsv.reference();

    private static List<InterchangeRow> rows(String name) {
        try (InputStream in = SampleDataNotesTest.class.getResourceAsStream("/sample-data/" + name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            InterchangeReader.Outcome outcome =
                    new InterchangeReader(CATALOGUE).read(List.of(new InterchangeFile(name, in.readAllBytes())));
            assertThat(outcome.problems()).extracting(ImportProblem::describeJa).isEmpty();
            return outcome.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noNoteOfTheSampleDataCarriesATranscriptionRemark() {
        for (String file : FILES) {
            for (InterchangeRow row : rows(file)) {
                assertThat(row.note().orElse(""))
                        .as(file + " line " + row.line() + " "
                                + row.definition().kpiCode() + ": note")
                        .doesNotContainPattern(REMARK);
                assertThat(row.source())
                        .as(file + " line " + row.line() + ": source")
                        .isPresent();
            }
        }
    }

    @Test
    void akitaFy2025CounterReceiptRateIsReadAsAtMostThePriorYearWithItsReadingInTheSource() throws Exception {
        InterchangeRow row = rows("akita-fy2025-targets.csv").stream()
                .filter(r -> r.org().equals(OrgCode.of("05"))
                        && r.year().equals(FiscalYear.of(2025))
                        && r.definition().kpiCode().equals("COUNTER_RECEIPT_RATE"))
                .findFirst()
                .orElseThrow();

        assertThat(row.target()).contains("対前年度以下");
        assertThat(TargetRuleParser.parse(row.target().orElseThrow(), row.definition()))
                .hasValueSatisfying(rule -> assertThat(rule)
                        .isInstanceOfSatisfying(
                                RelativeToPriorYear.class,
                                r -> assertThat(r.bound()).isEqualTo(Bound.AT_MOST)));
        assertThat(row.note()).isEmpty();
        assertThat(row.source())
                .hasValueSatisfying(s -> assertThat(s).contains("l.178", "前年度以上", "docs/SAMPLE-DATA.md"));
    }
}
