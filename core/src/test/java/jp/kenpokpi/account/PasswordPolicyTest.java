package jp.kenpokpi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.shipped());

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.problems("siwa-kogen-2025-kenshin", "saitama01")).isEmpty();
        assertThat(policy.problems("とちぎの春は桜が咲きます", "tochigi")).isEmpty();
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedWithItsLength() {
        assertThat(policy.problems("tochigi-9xQ", "someone")).containsExactly("パスワードは12文字以上にしてください（入力は11文字）");
        // Characters, not bytes: twelve Japanese characters are twelve.
        assertThat(policy.problems("ｋｅｎｐｏとちぎしぶ１２", "someone")).isEmpty();
    }

    @Test
    void aPasswordLongerThan128CharactersIsRefused() {
        assertThat(policy.problems("x".repeat(64) + "y".repeat(65), "someone")).contains("パスワードは128文字以内にしてください");
    }

    @Test
    void aPasswordContainingTheLoginNameIsRefusedWhateverItsCase() {
        assertThat(policy.problems("Saitama01-spring-check", "saitama01")).containsExactly("ログイン名を含むパスワードは使えません");
    }

    @Test
    void theShippedListHoldsTheCommonPasswords() {
        CommonPasswords shipped = CommonPasswords.shipped();
        assertThat(shipped.size()).isGreaterThan(3000);
        assertThat(shipped.contains("password")).isTrue();
        assertThat(shipped.contains("iloveyou")).isTrue();
        assertThat(shipped.contains("siwa-kogen")).isFalse();
    }

    @Test
    void aCommonPasswordIsRefusedAndSoIsOnePaddedWithDigitsOrSymbols() {
        String refusal = "よく使われるパスワード（またはそれに数字や記号を足しただけのもの）は使えません";
        assertThat(policy.problems("winniethepooh", "someone")).containsExactly(refusal);
        assertThat(policy.problems("password1234", "someone")).containsExactly(refusal);
        assertThat(policy.problems("!!ILoveYou2025", "someone")).containsExactly(refusal);
        assertThat(policy.problems("password-for-kenpo", "someone")).isEmpty();
    }

    @Test
    void repeatsAndRunsOfConsecutiveCharactersAreRefused() {
        String refusal = "同じ文字や短い並びの繰り返し、連続した文字（abcd…、1234…）だけのパスワードは使えません";
        for (String weak : List.of(
                "aaaaaaaaaaaa", "abcabcabcabc", "121212121212", "123456789012", "abcdefghijklm", "987654321098")) {
            assertThat(policy.problems(weak, "someone")).as(weak).contains(refusal);
        }
        assertThat(policy.problems("123456789024", "someone")).isEmpty();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThat(policy.problems("tochigi1", "tochigi"))
                .containsExactly("パスワードは12文字以上にしてください（入力は8文字）", "ログイン名を含むパスワードは使えません");
    }
}
