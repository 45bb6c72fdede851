package jp.kenpokpi.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The association (00) and its 47 branches by JIS X 0401 prefecture code. */
class OrganisationsTest {

    private final Organisations all = Organisations.all();

    @Test
    void there_are_the_association_and_47_branches() {
        assertThat(all.list()).hasSize(48);
        assertThat(all.branches()).hasSize(47);
        assertThat(all.branchCount()).isEqualTo(47);
        assertThat(all.list().get(0).isAssociation()).isTrue();
        assertThat(all.list().get(0).nameJa()).isEqualTo("協会全体");
        assertThat(all.branches()).noneMatch(Organisation::isAssociation);
    }

    @ParameterizedTest(name = "{0} is {1} in {2}")
    @CsvSource({
        "01, 北海道支部, HOKKAIDO",
        "05, 秋田支部, TOHOKU",
        "09, 栃木支部, KANTO",
        "13, 東京支部, KANTO",
        "15, 新潟支部, CHUBU",
        "26, 京都支部, KINKI",
        "34, 広島支部, CHUGOKU",
        "37, 香川支部, SHIKOKU",
        "47, 沖縄支部, KYUSHU_OKINAWA",
    })
    void a_branch_code_names_its_branch_and_block(String code, String nameJa, Block block) {
        Organisation branch = all.get(OrgCode.of(code));

        assertThat(branch.nameJa()).isEqualTo(nameJa);
        assertThat(branch.block()).contains(block);
        assertThat(branch.code()).isEqualTo(OrgCode.of(code));
    }

    @Test
    void tohoku_is_exactly_aomori_to_fukushima() {
        assertThat(all.branchesIn(Block.TOHOKU))
                .extracting(o -> o.code().value())
                .containsExactly("02", "03", "04", "05", "06", "07");
        assertThat(Block.TOHOKU.nameJa()).isEqualTo("東北");
    }

    @Test
    void the_short_name_drops_the_word_branch() {
        assertThat(all.get(OrgCode.of("09")).shortNameJa()).isEqualTo("栃木");
        assertThat(all.get(OrgCode.of("09")).prefectureJa()).isEqualTo("栃木県");
        assertThat(all.get(OrgCode.ASSOCIATION).shortNameJa()).isEqualTo("協会全体");
    }

    @Test
    void every_branch_is_in_exactly_one_block() {
        int total = 0;
        for (Block block : Block.values()) total += all.branchesIn(block).size();
        assertThat(total).isEqualTo(47);
    }

    @ParameterizedTest(name = "「{0}」 is not a code")
    @ValueSource(strings = {"48", "9", "099", "ab", "-1"})
    void a_code_outside_00_to_47_is_rejected(String code) {
        assertThatThrownBy(() -> OrgCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("支部コード");
        assertThat(all.find(code)).isEmpty();
    }

    @ParameterizedTest(name = "「{0}」 reads as {1}")
    @CsvSource({"09, 09", "9, 09", "' 9 ', 09", "00, 00", "0, 00", "47, 47"})
    void a_code_as_written_reads_with_its_leading_zero(String written, String code) {
        assertThat(OrgCode.read(written)).contains(OrgCode.of(code));
    }

    @ParameterizedTest(name = "「{0}」 does not read")
    @ValueSource(strings = {"48", "099", "ab", "-1", ""})
    void what_is_no_code_does_not_read(String written) {
        assertThat(OrgCode.read(written)).isEmpty();
    }
}
