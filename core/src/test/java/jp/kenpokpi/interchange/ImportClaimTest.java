package jp.kenpokpi.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;

class ImportClaimTest {

    /** 2026-12-05 10:02 in Japan. */
    private static final Instant CLAIMED = Instant.parse("2026-12-05T01:02:00Z");

    private final ImportClaim claim = new ImportClaim(OrgCode.of("09"), FiscalYear.of(2023), "tochigi", CLAIMED);

    @Test
    void theRefusalNamesBranchYearWhoAndSinceWhenInJapansTime() {
        assertThat(claim.refusalJa(CLAIMED.plusSeconds(60)))
                .isEqualTo("栃木支部 令和5年度は tochigi さんが 10:02 から取り込み中です。終わってからもう一度取り込んでください（何も取り込んでいません）");
    }

    @Test
    void aClaimOfAnotherDayInJapanNamesTheDay() {
        // 2026-12-06 00:30 in Japan: the claim was made the day before.
        assertThat(claim.refusalJa(Instant.parse("2026-12-05T15:30:00Z"))).contains("12月5日 10:02 から取り込み中");
    }

    @Test
    void theAssociationIsNamedAsSuch() {
        assertThat(new ImportClaim(OrgCode.ASSOCIATION, FiscalYear.of(2024), "cli:root", CLAIMED).refusalJa(CLAIMED))
                .startsWith("協会全体 令和6年度は cli:root さんが");
    }

    @Test
    void aClaimIsStaleOnlyAfterItsTime() {
        assertThat(claim.staleAt(CLAIMED.plus(ImportClaim.STALE_AFTER))).isFalse();
        assertThat(claim.staleAt(CLAIMED.plus(ImportClaim.STALE_AFTER).plusSeconds(1)))
                .isTrue();
    }
}
