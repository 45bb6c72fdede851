package jp.kenpokpi.targetsetting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.organisation.OrgCode;

/** A cell of the target grid by its branch and KPI; its form field name carries both. */
public record CellKey(OrgCode org, String kpiCode) {

    private static final Pattern FIELD = Pattern.compile("t_(\\d{2})_([A-Z0-9_]+)");

    public static CellKey of(OrgCode org, String kpiCode) {
        return new CellKey(org, kpiCode);
    }

    public String fieldName() {
        return "t_" + org.value() + "_" + kpiCode;
    }

    /** The cell a form field names, or empty for any other field (the CSRF token, the year). */
    public static Optional<CellKey> parse(String fieldName) {
        Matcher m = FIELD.matcher(fieldName);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new CellKey(OrgCode.of(m.group(1)), m.group(2)));
    }
}
