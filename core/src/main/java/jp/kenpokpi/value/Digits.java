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
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return s.replace('−', '-').replace('‐', '-').replace('―', '—').replace('─', '—');
    }

    /** Removes every kind of white space, including line breaks that PDF extraction leaves inside a cell. */
    public static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
