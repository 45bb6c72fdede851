package jp.kenpokpi.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be (NIST SP 800-63B's approach: length and a blocklist, no composition rules): at least
 * {@link #MIN_LENGTH} characters, at most {@link #MAX_LENGTH}, not containing the login name, not one of the common
 * passwords, not a common password padded with digits or symbols to reach the length (「password1234」), and not one
 * character or a short piece repeated or a run of consecutive characters (「aaaaaaaaaaaa」「123456789012」).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** What is wrong with the password for the user, in Japanese, one sentence each; empty when it may be used. */
    public List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("パスワードは" + MIN_LENGTH + "文字以上にしてください（入力は" + length + "文字）");
        }
        if (length > MAX_LENGTH) problems.add("パスワードは" + MAX_LENGTH + "文字以内にしてください");
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("ログイン名を含むパスワードは使えません");
        }
        if (common.contains(lower) || common.contains(core(lower))) {
            problems.add("よく使われるパスワード（またはそれに数字や記号を足しただけのもの）は使えません");
        } else if (repeated(lower) || consecutive(lower)) {
            problems.add("同じ文字や短い並びの繰り返し、連続した文字（abcd…、1234…）だけのパスワードは使えません");
        }
        return problems;
    }

    /** The password without the digits and symbols around it: 「password」 of 「!password2024」. */
    static String core(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) start++;
        while (end > start && !Character.isLetter(password.charAt(end - 1))) end--;
        return password.substring(start, end);
    }

    /** One piece of at most a third of the length, repeated: aaaa…, abcabc…, 1212…. */
    static boolean repeated(String password) {
        int n = password.length();
        for (int piece = 1; piece <= n / 3; piece++) {
            if (n % piece == 0 && password.equals(password.substring(0, piece).repeat(n / piece))) return true;
        }
        return false;
    }

    /** Every character one more (or one less) than the one before: abcdef…, 987654…, digits round 9 to 0. */
    static boolean consecutive(String password) {
        if (password.length() < 2) return false;
        int step = step(password.charAt(0), password.charAt(1));
        if (Math.abs(step) != 1) return false;
        for (int i = 2; i < password.length(); i++) {
            if (step(password.charAt(i - 1), password.charAt(i)) != step) return false;
        }
        return true;
    }

    private static int step(char from, char to) {
        if (from == '9' && to == '0') return 1;
        if (from == '0' && to == '9') return -1;
        return to - from;
    }
}
