package jp.kenpokpi.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lock-out rule: after {@code maxFailures} failed sign-ins in a row an account is locked for {@code coolDown};
 * a success resets the count. A failure after the cool-down locks it again at once (the count is still at the
 * limit), so guessing goes at one try per cool-down. Headquarters can unlock, which also resets the count.
 */
public record SignInLockout(int maxFailures, Duration coolDown) {

    public static final SignInLockout DEFAULT = new SignInLockout(5, Duration.ofMinutes(15));

    public SignInLockout {
        if (maxFailures < 1) throw new IllegalArgumentException("maxFailures must be at least 1: " + maxFailures);
        if (coolDown.isNegative() || coolDown.isZero()) throw new IllegalArgumentException("coolDown: " + coolDown);
    }

    /** Until when the account is locked after this many failures in a row, at the moment of the last one. */
    public Optional<Instant> lockedUntil(int failuresInARow, Instant lastFailure) {
        return failuresInARow >= maxFailures ? Optional.of(lastFailure.plus(coolDown)) : Optional.empty();
    }

    public static boolean isLocked(Optional<Instant> lockedUntil, Instant now) {
        return lockedUntil.map(until -> now.isBefore(until)).orElse(false);
    }
}
