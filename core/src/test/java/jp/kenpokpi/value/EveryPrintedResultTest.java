package jp.kenpokpi.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import jp.kenpokpi.interchange.SampleData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every result and national value printed in the three seed reports, as transcribed into the sample data, reads as
 * a value: a number with the unit it was printed with, 実施/未実施, or a count of branches. None is "no result".
 */
class EveryPrintedResultTest {

    static Stream<Arguments> everyPrintedValue() {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String file : SampleData.FILES) {
            for (SampleData.Row row : SampleData.rows(file)) {
                for (String column : new String[] {"actual", "national_value"}) {
                    String text = row.get(column);
                    if (!text.isEmpty() && !row.source().isEmpty())
                        distinct.putIfAbsent(text, row.source() + " " + column);
                }
            }
        }
        return distinct.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "「{0}」 ({1})")
    @MethodSource("everyPrintedValue")
    void everyValuePrintedInTheSeedReportsReads(String printed, String where) throws UnreadableValueException {
        PrintedValue value = PrintedValueParser.parse(printed).value();

        assertThat(value.isPresent()).as(where).isTrue();
        if (value instanceof PrintedValue.Amount amount) {
            String digits = Digits.toHalfWidth(printed).replaceAll("[^0-9]", "");
            assertThat(amount.number().unscaledValue().abs().toString())
                    .as("every printed digit is kept: " + where)
                    .isEqualTo(digits.replaceFirst("^0+(?=.)", ""));
            assertThat(amount.unit()).as("the unit printed with it: " + where).isPresent();
        }
    }
}
