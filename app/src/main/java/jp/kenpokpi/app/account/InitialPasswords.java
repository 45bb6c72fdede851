package jp.kenpokpi.app.account;

import java.security.SecureRandom;
import jp.kenpokpi.account.PasswordPolicy;

/**
 * Initial passwords headquarters hands out: 16 random characters in four groups (k7pq-3mzx-…), from an alphabet
 * without the characters people misread on paper (0/o, 1/l/i). Used once: the user must change it at first sign-in.
 */
final class InitialPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {}

    /** A new one the policy accepts for the user (a random one almost always is; the loop covers the rare rest). */
    static String generate(PasswordPolicy policy, String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) password.append('-');
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (policy.problems(password.toString(), username).isEmpty()) return password.toString();
        }
    }
}
