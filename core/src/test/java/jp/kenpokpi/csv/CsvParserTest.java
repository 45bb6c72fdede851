package jp.kenpokpi.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the imports rely on from the CSV reader (FastCSV underneath): the line a record starts on as an editor shows
 * it, and a Japanese reason with its line for text that is not RFC 4180, never a guess.
 */
class CsvParserTest {

    @Test
    void each_record_keeps_the_line_it_starts_on_across_quoted_line_breaks_and_skipped_empty_lines() throws Exception {
        List<CsvRecord> records = CsvParser.parse("a,b\r\nc,\"d\r\ne\"\n\nf,\"\"\"g\"\"\"\rh,\n");

        assertThat(records)
                .containsExactly(
                        new CsvRecord(1, List.of("a", "b")),
                        new CsvRecord(2, List.of("c", "d\r\ne")),
                        new CsvRecord(5, List.of("f", "\"g\"")),
                        new CsvRecord(6, List.of("h", "")));
    }

    @Test
    void rows_of_other_widths_are_kept_for_the_import_to_report() throws Exception {
        assertThat(CsvParser.parse("a,b,c\nd\ne,f,g,h"))
                .extracting(r -> r.fields().size())
                .containsExactly(3, 1, 4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `a,b\nc,"d,e\nf,g\n`     | 2 | 閉じられていない引用符があります
            `a,b\nc,d"e\n`           | 2 | 値の途中に引用符があります（値全体を"で囲み、"は""と書いてください）
            `a,b\nc,"d"e,f\n`        | 2 | 引用符で囲まれた値の閉じ引用符の後に区切り文字がありません
            """)
    void text_that_is_not_rfc_4180_is_refused_in_japanese_naming_the_record_line(String text, int line, String reason) {
        assertThatThrownBy(() -> CsvParser.parse(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).isEqualTo(reason);
                });
    }

    @Test
    void what_the_writer_writes_reads_back_field_for_field() throws Exception {
        List<String> fields = List.of("", "#一", "a,b", "say \"hi\"", "two\nlines", "１２３");
        String written = new CsvWriter().row(fields).row(List.of("x")).toString();

        assertThat(written).isEqualTo(",#一,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",１２３\nx\n");
        assertThat(CsvParser.parse(written)).containsExactly(new CsvRecord(1, fields), new CsvRecord(3, List.of("x")));
    }
}
