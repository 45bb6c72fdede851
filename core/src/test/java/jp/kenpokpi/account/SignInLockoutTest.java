package jp.kenpokpi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

    private final SignInLockout fiveThenFifteenMinutes = new SignInLockout(5, Duration.ofMinutes(15));
    private final Instant nine = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void fourFailuresInARowDoNotLock() {
        assertThat(fiveThenFifteenMinutes.lockedUntil(4, nine)).isEmpty();
    }

    @Test
    void theFifthFailureLocksForTheCoolDownFromThatFailure() {
        assertThat(fiveThenFifteenMinutes.lockedUntil(5, nine)).contains(nine.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aFailureAfterTheCoolDownLocksAgainAtOnce() {
        Instant later = nine.plus(Duration.ofHours(1));
        assertThat(fiveThenFifteenMinutes.lockedUntil(6, later)).contains(later.plus(Duration.ofMinutes(15)));
    }

    @Test
    void anAccountIsLockedUntilTheMomentAndFreeFromIt() {
        Optional<Instant> until = Optional.of(nine.plus(Duration.ofMinutes(15)));
        assertThat(SignInLockout.isLocked(until, nine.plus(Duration.ofMinutes(14))))
                .isTrue();
        assertThat(SignInLockout.isLocked(until, nine.plus(Duration.ofMinutes(15))))
                .isFalse();
        assertThat(SignInLockout.isLocked(Optional.empty(), nine)).isFalse();
    }

    @Test
    void theRuleNeedsAtLeastOneFailureAndATime() {
        assertThatThrownBy(() -> new SignInLockout(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInLockout(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
