package jp.kenpokpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal table counts columns with the reports' width table: ▲ is as wide as △. */
class TextTableTest {

    @Test
    void aFilledTriangleTakesTwoColumnsLikeAnOpenOne() {
        assertThat(TextTable.width("▲0.68%"))
                .isEqualTo(TextTable.width("△0.68%"))
                .isEqualTo(7);
    }

    @Test
    void cellsLineUpAndACutCellEndsInAnEllipsisWithinItsWidth() {
        TextTable table = new TextTable(List.of("値", "備考"), 0, 8);
        table.add(List.of("▲0.68%", "前年度より低下しました"));
        String[] lines = table.render().split(System.lineSeparator());

        assertThat(lines[2]).isEqualTo("▲0.68%  前年度…");
        assertThat(TextTable.width(lines[2])).isEqualTo(TextTable.width(lines[1]));
    }
}
