package jp.kenpokpi.app.web;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reads the branch, year and month parameters of the pages, answering 404 with a Japanese message. */
public final class WebParameters {

    private WebParameters() {}

    public static Organisation organisation(String code) {
        return OrgCode.read(code)
                .map(Organisations.all()::get)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "支部コード「" + code + "」はありません"));
    }

    /** The branch asked for (a blank one is none), else where the page opens for the user ({@link UserAccount#home}). */
    public static Organisation organisation(Optional<String> branch, OrgCode otherwise) {
        return branch.filter(b -> !b.isBlank())
                .map(WebParameters::organisation)
                .orElseGet(() -> Organisations.all().get(otherwise));
    }

    public static FiscalYear fiscalYear(String text) {
        return FiscalYear.parse(text)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "年度「" + text + "」は読めません"));
    }

    /**
     * A year a page can show: one the catalogue defines KPIs for (平成11年度 has none: 404 saying which years do).
     * A year without data yet is shown (its first result may be entered), and the year switch lists it.
     */
    public static FiscalYear fiscalYearOfCatalogue(
            String text, KpiCatalogue catalogue, List<FiscalYear> yearsWithData) {
        FiscalYear year = fiscalYear(text);
        if (catalogue.definitionsIn(year).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    year.label() + "にはKPIの定義がないため表示できません。"
                            + (yearsWithData.isEmpty()
                                    ? ""
                                    : "データのある年度は"
                                            + yearsWithData
                                                    .get(yearsWithData.size() - 1)
                                                    .label() + "から"
                                            + yearsWithData.get(0).label() + "です。"));
        }
        return year;
    }

    /** The year switch's choices, newest first: the years with data and the year shown. */
    public static List<FiscalYear> yearChoices(List<FiscalYear> yearsWithData, FiscalYear shown) {
        java.util.TreeSet<FiscalYear> years = new java.util.TreeSet<>(yearsWithData);
        years.add(shown);
        return List.copyOf(years.descendingSet());
    }

    /** A mark policy as the {@code policy} parameter names it: exceeds, large-margin, large-margin:15. */
    public static MarkPolicy markPolicy(String id) {
        return MarkPolicies.parse(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "判定方法「" + id + "」はありません"));
    }

    public static AsOf asOf(String text) {
        return AsOf.parse(text)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "時点「" + text + "」は読めません（例: 2021-09）"));
    }
}
