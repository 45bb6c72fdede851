package jp.kenpokpi.organisation;

import java.util.regex.Pattern;

/**
 * A JIS X 0401 prefecture code as used for the branches, or {@code 00} for the association as a whole.
 */
public record OrgCode(String value) implements Comparable<OrgCode> {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

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
