package jp.kenpokpi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    @Test
    void a_read_token_reads_and_is_refused_every_write() {
        assertThat(ApiTokenScope.READ.allows("GET")).isTrue();
        assertThat(ApiTokenScope.READ.allows("head")).isTrue();
        assertThat(ApiTokenScope.READ.allows("POST")).isFalse();
        assertThat(ApiTokenScope.READ.allows("PUT")).isFalse();
        assertThat(ApiTokenScope.READ.allows("DELETE")).isFalse();
        assertThat(ApiTokenScope.READ_WRITE.allows("PUT")).isTrue();
    }

    @Test
    void a_token_asked_for_with_a_name_a_scope_and_an_offered_lifetime_is_made() {
        ApiTokenRules.Result result = ApiTokenRules.check(new ApiTokenRules.Request(" 本部DWH連携 ", "READ", "90"));
        assertThat(result.problems()).isEmpty();
        ApiTokenRules.Checked checked = result.checked().orElseThrow();
        assertThat(checked.name()).isEqualTo("本部DWH連携");
        assertThat(checked.scope()).isEqualTo(ApiTokenScope.READ);
        assertThat(checked.expiresAt(NOW)).isEqualTo(NOW.plus(Duration.ofDays(90)));
    }

    @Test
    void every_bad_field_is_named_at_once() {
        ApiTokenRules.Result result = ApiTokenRules.check(new ApiTokenRules.Request("  ", "ADMIN", "1000"));
        assertThat(result.checked()).isEmpty();
        assertThat(result.problems()).containsOnlyKeys("name", "scope", "lifetimeDays");
        assertThat(result.problems().get("lifetimeDays")).isEqualTo("有効期間を 7日・30日・90日・365日 から選んでください");
    }

    @Test
    void a_name_too_long_or_with_control_characters_is_refused() {
        assertThat(ApiTokenRules.check(new ApiTokenRules.Request("あ".repeat(101), "READ", "30"))
                        .problems()
                        .get("name"))
                .isEqualTo("名前は100文字以内で入力してください（101文字）");
        assertThat(ApiTokenRules.check(new ApiTokenRules.Request("a\u001bb", "READ", "30"))
                        .problems())
                .containsKey("name");
    }

    @Test
    void a_token_is_valid_until_it_expires_or_is_revoked() {
        Instant expires = NOW.plusSeconds(60);
        assertThat(ApiTokenRules.isValid(Optional.empty(), expires, NOW)).isTrue();
        assertThat(ApiTokenRules.isValid(Optional.empty(), expires, expires)).isFalse();
        assertThat(ApiTokenRules.isValid(Optional.of(NOW), expires, NOW)).isFalse();
        assertThat(ApiTokenRules.stateJa(Optional.empty(), expires, NOW)).isEqualTo("有効");
        assertThat(ApiTokenRules.stateJa(Optional.empty(), expires, expires)).isEqualTo("期限切れ");
        assertThat(ApiTokenRules.stateJa(Optional.of(NOW), expires, NOW)).isEqualTo("失効");
    }
}
