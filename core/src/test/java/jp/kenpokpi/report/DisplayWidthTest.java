package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One width table for the terminal and the printed reports. */
class DisplayWidthTest {

    @Test
    void asciiAndHalfWidthKatakanaTakeOneColumnEverythingElseTwo() {
        assertThat(DisplayWidth.of("KPI 72.2%")).isEqualTo(9);
        assertThat(DisplayWidth.of("ｱｲｳ")).isEqualTo(3);
        assertThat(DisplayWidth.of("栃木支部ＫＰＩ")).isEqualTo(14);
        assertThat(DisplayWidth.of("◎○△▲×※—①…"))
                .as("the marks and signs of the reports")
                .isEqualTo(18);
    }
}
