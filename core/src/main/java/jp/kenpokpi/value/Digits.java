package jp.kenpokpi.value;

import java.text.Normalizer;

/** Folds the full-width forms people type in Japanese documents (７２．２％, －) to their ASCII forms. */
public final class Digits {

    private Digits() {}

    /**
     * NFKC folds full-width digits, ％, ，, （）, and half-width katakana; the dashes that mean "nothing" are
     * folded to one em dash so that callers test one character.
     */
    public static String toHalfWidth(String text) {
        // Most cells of an import are plain ASCII, which NFKC and the replacements below leave as they are.
        if (isAscii(text)) return text;
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return s.replace('−', '-').replace('‐', '-').replace('―', '—').replace('─', '—');
    }

    /** Removes every kind of white space, including line breaks that PDF extraction leaves inside a cell. */
    public static String withoutSpaces(String text) {
        return SPACES.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
