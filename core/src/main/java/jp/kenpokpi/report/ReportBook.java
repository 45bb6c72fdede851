package jp.kenpokpi.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.kenpokpi.period.FiscalYear;

/**
 * A report book: several council reports in one file, after a cover and a table of contents (a branch's fiscal year:
 * R1, R2/R3, R7; or headquarters' R1 for all 47 branches). Independent of the medium, as {@link ReportTable} is:
 * the HTML, PDF and Excel books are drawn from it.
 *
 * @param cover    what the first page prints
 * @param sections the reports, in print order
 */
public record ReportBook(Cover cover, List<Section> sections) {

    /** The Excel sheet holding the cover and the contents; no section's sheet may take its name. */
    public static final String COVER_SHEET = "表紙";
    /** Excel's limit on a sheet name's length. */
    static final int SHEET_NAME_LIMIT = 31;
    /** Characters Excel refuses in a sheet name. */
    private static final String FORBIDDEN = "[]:*?/\\";

    public ReportBook {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) throw new IllegalArgumentException("a book without sections: " + cover.title());
    }

    /**
     * @param title        令和5年度 栃木支部 事業計画実施状況報告書
     * @param organisation 全国健康保険協会 栃木支部
     * @param printed      the date the book was made, printed on the cover
     */
    public record Cover(String title, String organisation, FiscalYear year, LocalDate printed) {

        /** 令和5年度（2023年度） */
        public String yearJa() {
            return year.label();
        }

        /** 2026年11月23日 作成 */
        public String printedJa() {
            return printed.getYear() + "年" + printed.getMonthValue() + "月" + printed.getDayOfMonth() + "日 作成";
        }
    }

    /**
     * One report of the book.
     *
     * @param shortTitle the entry in the table of contents and the Excel sheet's name (KPI実施状況, 予算執行状況, 栃木)
     * @param table      the report
     */
    public record Section(String shortTitle, ReportTable table) {

        public Section {
            if (shortTitle.isBlank()) throw new IllegalArgumentException("a section without a title: " + table.title());
        }
    }

    /**
     * The Excel sheet names of the sections, in order: each short title without the characters Excel refuses, cut to
     * 31 characters, and numbered (2), (3)… where two would otherwise be the same (Excel compares them ignoring case).
     */
    public List<String> sheetNames() {
        Set<String> taken = new HashSet<>(Set.of(key(COVER_SHEET)));
        List<String> names = new ArrayList<>();
        for (Section s : sections) {
            String base = clean(s.shortTitle());
            String name = cut(base, "");
            for (int n = 2; taken.contains(key(name)); n++) name = cut(base, "(" + n + ")");
            taken.add(key(name));
            names.add(name);
        }
        return names;
    }

    private static String clean(String title) {
        StringBuilder b = new StringBuilder();
        for (char c : title.strip().toCharArray()) b.append(FORBIDDEN.indexOf(c) >= 0 ? '_' : c);
        // Excel also refuses a name that starts or ends with an apostrophe.
        String name = b.toString().replaceAll("^'+|'+$", "");
        return name.isEmpty() ? "_" : name;
    }

    private static String cut(String base, String suffix) {
        int room = SHEET_NAME_LIMIT - suffix.length();
        return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
