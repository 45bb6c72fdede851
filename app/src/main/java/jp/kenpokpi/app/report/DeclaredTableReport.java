package jp.kenpokpi.app.report;

import java.util.Optional;

/**
 * A table report's declaration: besides id, name and parameters, its number (R1), its name in the nav and its
 * section title in the branch's book (null when the book leaves it out).
 */
abstract class DeclaredTableReport extends DeclaredReport implements TableReportKind {

    /** Where the report is listed: the index (by number), the nav, the book. */
    private record Listing(String number, String navJa, Optional<String> bookSectionJa) {}

    private final Listing listing;

    DeclaredTableReport(
            String id,
            String number,
            String nameJa,
            String navJa,
            String bookSectionJa,
            ReportParameter... parameters) {
        super(id, nameJa, parameters);
        this.listing = new Listing(number, navJa, Optional.ofNullable(bookSectionJa));
    }

    public final String number() {
        return listing.number();
    }

    public final String navJa() {
        return listing.navJa();
    }

    public final Optional<String> bookSectionJa() {
        return listing.bookSectionJa();
    }
}
