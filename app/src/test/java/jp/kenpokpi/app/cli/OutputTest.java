package jp.kenpokpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command line's CSV and JSON, byte for byte as scripts reading them have always seen them. */
class OutputTest {

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return row;
    }

    private static final List<Map<String, Object>> ROWS = List.of(
            row(
                    "kpi_code",
                    "SINGLE_BID_RATE",
                    "rank",
                    3,
                    "count",
                    12L,
                    "locked",
                    true,
                    "actual",
                    new BigDecimal("72.20"),
                    "achieved",
                    "true",
                    "note",
                    Optional.empty()),
            row(
                    "kpi_code",
                    "A",
                    "rank",
                    null,
                    "count",
                    0L,
                    "locked",
                    false,
                    "actual",
                    "▲0.68%",
                    "achieved",
                    "",
                    "note",
                    "「改行」\nと\"引用\"と\\と\tと=SUM(1)"));

    @Test
    void json_is_a_row_per_line_with_literals_for_booleans_and_whole_numbers_and_text_for_the_rest() {
        assertThat(Output.json(ROWS)).isEqualTo("""
                [
                  {"kpi_code": "SINGLE_BID_RATE", "rank": 3, "count": 12, "locked": true, "actual": "72.20", \
                "achieved": "true", "note": ""},
                  {"kpi_code": "A", "rank": "", "count": 0, "locked": false, "actual": "▲0.68%", "achieved": "", \
                "note": "「改行」\\nと\\"引用\\"と\\\\と\\tと=SUM(1)"}
                ]
                """);
    }

    @Test
    void json_of_no_rows_is_an_empty_array() {
        assertThat(Output.json(List.of())).isEqualTo("[\n]\n");
    }

    @Test
    void csv_has_a_header_and_quotes_only_where_needed_with_formulas_made_harmless() {
        assertThat(Output.csv(ROWS)).isEqualTo("""
                kpi_code,rank,count,locked,actual,achieved,note
                SINGLE_BID_RATE,3,12,true,72.20,true,
                A,,0,false,▲0.68%,,"「改行」
                と""引用""と\\と\tと=SUM(1)"
                """);
    }
}
