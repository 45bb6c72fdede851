package jp.kenpokpi.organisation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JIS X 0401 prefecture code as used for the branches, or {@code 00} for the association as a whole.
 */
public record OrgCode(String value) implements Comparable<OrgCode> {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern ONE_DIGIT = Pattern.compile("\\d");

    public static final OrgCode ASSOCIATION = new OrgCode("00");

    public OrgCode {
        if (value == null || !TWO_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("支部コードは2桁の数字です: " + value);
        }
        int n = Integer.parseInt(value);
        if (n > 47) {
            throw new IllegalArgumentException("支部コードは00（協会全体）または01〜47です: " + value);
        }
    }

    public static OrgCode of(String value) {
        return new OrgCode(value);
    }

    /**
     * A code as a person or a spreadsheet writes it: 09, or 9 (Excel drops the leading zero; one digit is
     * unambiguous). Empty when it is no code: the one rule the import, the pages and the command line read by.
     */
    public static Optional<OrgCode> read(String text) {
        if (text == null) return Optional.empty();
        String code = text.strip();
        if (ONE_DIGIT.matcher(code).matches()) code = "0" + code;
        try {
            return Optional.of(new OrgCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static OrgCode of(int number) {
        return new OrgCode(String.format("%02d", number));
    }

    public boolean isAssociation() {
        return value.equals("00");
    }

    @Override
    public int compareTo(OrgCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
