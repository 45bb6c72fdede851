package jp.kenpokpi.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value is parsed once: what storage keeps beside the text (kind, number with its printed decimals, unit) reads back
 * as the very value the text was parsed into, at the column's scale of 8 decimals.
 */
class StoredValueTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "72.2%",
                "0.370％",
                "７２．０％",
                "6,535円",
                "▲0.68%",
                "1,529事業所",
                "7日",
                "94",
                "100.0%",
                "実施",
                "未実施",
                "41支部",
                "—",
                "",
                "2.30",
                "0.12345678%"
            })
    void what_is_stored_reads_back_as_the_value_printed(String printed) throws UnreadableValueException {
        PrintedValue parsed = PrintedValueParser.parse(printed).value();
        StoredValue stored = StoredValue.of(parsed);

        StoredValue loaded = StoredValue.read(
                stored.kind().name(),
                stored.number().map(n -> n.setScale(8)).orElse(null),
                stored.unit().map(Enum::name).orElse(null),
                stored.scale().orElse(null));

        assertThat(loaded.value()).isEqualTo(parsed);
        if (parsed instanceof PrintedValue.Amount a) {
            assertThat(((PrintedValue.Amount) loaded.value()).number().scale())
                    .as("the decimals printed")
                    .isEqualTo(a.number().scale());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.370%", "72.20%"})
    void the_decimals_printed_are_kept_not_the_columns(String printed) throws UnreadableValueException {
        StoredValue stored = StoredValue.of(PrintedValueParser.parse(printed).value());
        StoredValue loaded = StoredValue.read(
                "AMOUNT",
                stored.number().orElseThrow().setScale(8),
                "PERCENT",
                stored.scale().orElseThrow());

        assertThat(ValueFormat.number(((PrintedValue.Amount) loaded.value()).number()))
                .isEqualTo(printed.replace("%", ""));
        assertThat(loaded.number())
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(new BigDecimal(printed.replace("%", ""))));
    }
}
