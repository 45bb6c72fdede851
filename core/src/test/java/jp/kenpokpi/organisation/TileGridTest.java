package jp.kenpokpi.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tile map of Japan: every branch on its own square, 北海道 top right, 沖縄 bottom left. */
class TileGridTest {

    @Test
    void every_branch_has_a_square_of_its_own_and_the_association_none() {
        assertThat(TileGrid.positions()).hasSize(47);
        assertThat(TileGrid.positions().keySet())
                .containsExactlyElementsOf(Organisations.all().branches().stream()
                        .map(Organisation::code)
                        .toList());
        Set<TileGrid.Position> squares = new HashSet<>(TileGrid.positions().values());
        assertThat(squares).hasSize(47);
        assertThat(squares).allSatisfy(p -> {
            assertThat(p.row()).isBetween(1, TileGrid.rows());
            assertThat(p.column()).isBetween(1, TileGrid.columns());
        });
    }

    @Test
    void hokkaido_is_top_right_and_okinawa_bottom_left() {
        assertThat(TileGrid.positionOf(OrgCode.of("01"))).isEqualTo(new TileGrid.Position(1, TileGrid.columns()));
        assertThat(TileGrid.positionOf(OrgCode.of("47"))).isEqualTo(new TileGrid.Position(TileGrid.rows(), 1));
    }

    @Test
    void neighbours_sit_side_by_side() {
        // 栃木 between 群馬 and 茨城, 東京 below 栃木, 秋田 left of 岩手
        TileGrid.Position tochigi = TileGrid.positionOf(OrgCode.of("09"));
        assertThat(TileGrid.positionOf(OrgCode.of("10")))
                .isEqualTo(new TileGrid.Position(tochigi.row(), tochigi.column() - 1));
        assertThat(TileGrid.positionOf(OrgCode.of("08")))
                .isEqualTo(new TileGrid.Position(tochigi.row(), tochigi.column() + 1));
        assertThat(TileGrid.positionOf(OrgCode.of("13")))
                .isEqualTo(new TileGrid.Position(tochigi.row() + 1, tochigi.column()));
        TileGrid.Position iwate = TileGrid.positionOf(OrgCode.of("03"));
        assertThat(TileGrid.positionOf(OrgCode.of("05")))
                .isEqualTo(new TileGrid.Position(iwate.row(), iwate.column() - 1));
    }
}
