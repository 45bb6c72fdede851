package jp.kenpokpi.account;

import java.util.regex.Pattern;
import jp.kenpokpi.value.FieldLimits;

/** The one rule of an account's e-mail address, wherever it is typed (account administration, notice settings). */
public final class EmailAddress {

    /** app_user.email's width (V13). */
    public static final int MAX_LENGTH = FieldLimits.EMAIL;

    /** One address, no spaces or control characters, a domain with a dot: what a mail server can deliver to. */
    private static final Pattern ADDRESS =
            Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private EmailAddress() {}

    /** Whether the (stripped, non-empty) text is an address the application keeps. */
    public static boolean isValid(String address) {
        return address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches();
    }
}
