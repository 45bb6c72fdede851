package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lines a text takes in a column: line breaks start lines, full-width characters count double. */
class TextLinesTest {

    @Test
    void fullWidthCharactersTakeTwiceTheRoomOfHalfWidthOnes() {
        assertThat(TextLines.estimate("あ".repeat(10), 10)).isEqualTo(1);
        assertThat(TextLines.estimate("あ".repeat(11), 10)).isEqualTo(2);
        assertThat(TextLines.estimate("a".repeat(20), 10)).isEqualTo(1);
        assertThat(TextLines.estimate("a".repeat(21), 10)).isEqualTo(2);
        assertThat(TextLines.estimate("ｱ".repeat(20), 10))
                .as("half-width katakana")
                .isEqualTo(1);
    }

    @Test
    void eachLineBreakStartsALineAndAnEmptyTextTakesOne() {
        assertThat(TextLines.estimate("", 10)).isEqualTo(1);
        assertThat(TextLines.estimate("一\n二\n\n四", 10)).isEqualTo(4);
        assertThat(TextLines.estimate("あ".repeat(25) + "\n短い", 10)).isEqualTo(4);
    }
}
