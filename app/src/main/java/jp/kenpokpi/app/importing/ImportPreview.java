package jp.kenpokpi.app.importing;

import java.util.List;
import jp.kenpokpi.app.budget.BudgetImport;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.plan.PlanImport;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;

/**
 * What an import would change, line by line, the same for every kind of file: what the web's preview shows and the
 * API's dry run answers.
 *
 * @param place the file and line the change comes from (KPI files; a plan or budget names its measure or item)
 * @param subjectJa what changes: 栃木支部 令和5年度 特定健診実施率 実績, or the measure or budget item
 */
public record ImportPreview(
        String place, String subjectJa, String actionJa, boolean changes, List<String> differencesJa) {

    public static ImportPreview of(InterchangeImport.PreviewLine line) {
        var row = line.row();
        String period =
                row.year().japanese() + row.asOf().map(a -> " " + a.japanese()).orElse("");
        return new ImportPreview(
                row.file() + " " + row.line() + "行目",
                Organisations.all().get(row.org()).nameJa() + " " + period + " "
                        + row.definition().nameJa() + restated(row.definition(), row.year()) + " " + line.whatJa(),
                line.actionJa(),
                line.changes(),
                line.differencesJa());
    }

    /** A value restated under a definition not in force in its year says which: （2024年度からの定義）. */
    private static String restated(KpiDefinition definition, FiscalYear year) {
        return definition.isValidIn(year) ? "" : "（" + definition.definitionFy() + "年度からの定義）";
    }

    static ImportPreview of(PlanImport.Change change) {
        return new ImportPreview("", change.titleJa(), change.actionJa(), change.changes(), change.differencesJa());
    }

    static ImportPreview of(BudgetImport.Change change) {
        return new ImportPreview("", change.titleJa(), change.actionJa(), change.changes(), change.differencesJa());
    }
}
