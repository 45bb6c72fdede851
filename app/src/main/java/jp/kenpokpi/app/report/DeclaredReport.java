package jp.kenpokpi.app.report;

import java.util.List;

/** What every report kind states about itself in its constructor: its id, name and parameters. */
abstract class DeclaredReport implements ReportKind {

    private final String id;
    private final String nameJa;
    private final List<ReportParameter> parameters;

    DeclaredReport(String id, String nameJa, ReportParameter... parameters) {
        this.id = id;
        this.nameJa = nameJa;
        this.parameters = List.of(parameters);
    }

    public final String id() {
        return id;
    }

    public final String nameJa() {
        return nameJa;
    }

    public final List<ReportParameter> parameters() {
        return parameters;
    }
}
