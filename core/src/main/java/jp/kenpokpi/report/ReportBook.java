package jp.kenpokpi.report;

import java.time.LocalDate;
import java.util.List;
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
}
