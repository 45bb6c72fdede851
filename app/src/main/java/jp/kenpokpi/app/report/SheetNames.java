package jp.kenpokpi.app.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kenpokpi.report.ReportBook;
import jp.kenpokpi.report.ReportBook.Section;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The Excel sheet names of a book's sections, in order. POI's {@link WorkbookUtil#createSafeSheetName} takes out
 * what Excel refuses ([ ] : * ? / \ become _) and keeps 31 characters; here the apostrophes Excel refuses at either
 * end are dropped, and a name two sections would share (Excel compares ignoring case) or the cover's is numbered
 * (2), (3)… within the 31.
 */
final class SheetNames {

    /** Excel's limit on a sheet name's length. */
    private static final int LIMIT = 31;

    private SheetNames() {}

    static List<String> of(ReportBook book) {
        Set<String> taken = new HashSet<>(Set.of(key(ReportBook.COVER_SHEET)));
        List<String> names = new ArrayList<>();
        for (Section section : book.sections()) {
            String base = section.shortTitle().strip().replaceAll("^'+|'+$", "");
            if (base.isEmpty()) base = "_";
            String name = safe(base, "");
            for (int n = 2; taken.contains(key(name)); n++) name = safe(base, "(" + n + ")");
            taken.add(key(name));
            names.add(name);
        }
        return names;
    }

    private static String safe(String base, String suffix) {
        int room = LIMIT - suffix.length();
        return WorkbookUtil.createSafeSheetName(base.length() > room ? base.substring(0, room) : base, '_') + suffix;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
