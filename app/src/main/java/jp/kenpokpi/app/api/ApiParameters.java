package jp.kenpokpi.app.api;

import java.util.Optional;
import jp.kenpokpi.app.report.CouncilReports.Scope;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the API's parameters: a query parameter that cannot be read is a 400 naming it ({@link ApiParameterException});
 * a part of the address that names nothing (a branch, year or KPI of a record's own address) is a 404.
 */
final class ApiParameters {

    private ApiParameters() {}

    static Organisation organisation(String parameter, String code) {
        return find(code).orElseThrow(() -> new ApiParameterException(parameter, unknownBranchJa(code)));
    }

    static Optional<Organisation> organisationIfGiven(String parameter, String code) {
        return given(code).map(c -> organisation(parameter, c));
    }

    /** The organisation of a record's address: 404 when there is none of that code. */
    static Organisation organisationInPath(String code) {
        return find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, unknownBranchJa(code)));
    }

    private static Optional<Organisation> find(String code) {
        return OrgCode.read(code).map(Organisations.all()::get);
    }

    private static String unknownBranchJa(String code) {
        return "支部コード「" + code + "」はありません（00 協会、01〜47 の支部）";
    }

    static FiscalYear year(String parameter, String text) {
        return FiscalYear.parse(text)
                .orElseThrow(() -> new ApiParameterException(parameter, "年度「" + text + "」を読めません（例: 2023）"));
    }

    static Optional<FiscalYear> yearIfGiven(String parameter, String text) {
        return given(text).map(t -> year(parameter, t));
    }

    static FiscalYear yearInPath(String text) {
        return FiscalYear.parse(text)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "年度「" + text + "」はありません（例: 2023）"));
    }

    static AsOf asOf(String parameter, String text) {
        return AsOf.parse(text)
                .orElseThrow(() -> new ApiParameterException(parameter, "時点「" + text + "」を読めません（例: 2023-09）"));
    }

    static Optional<AsOf> asOfIfGiven(String parameter, String text) {
        return given(text).map(t -> asOf(parameter, t));
    }

    static Kpi kpi(String parameter, String code, KpiCatalogue catalogue) {
        return catalogue.find(code).orElseThrow(() -> new ApiParameterException(parameter, unknownKpiJa(code)));
    }

    static Optional<Kpi> kpiIfGiven(String parameter, String code, KpiCatalogue catalogue) {
        return given(code).map(c -> kpi(parameter, c, catalogue));
    }

    static Kpi kpiInPath(String code, KpiCatalogue catalogue) {
        return catalogue
                .find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, unknownKpiJa(code)));
    }

    private static String unknownKpiJa(String code) {
        return "KPIコード「" + code + "」はカタログにありません";
    }

    /** The KPI's definition in force in the year, or a 400 on the year parameter saying the KPI has none then. */
    static KpiDefinition definitionIn(Kpi kpi, FiscalYear year, String yearParameter) {
        return kpi.definitionIn(year)
                .orElseThrow(() -> new ApiParameterException(
                        yearParameter, "KPI「" + kpi.code() + "」は" + year.label() + "には定義がありません"));
    }

    static MarkPolicy policy(String parameter, String id) {
        return MarkPolicies.parse(id)
                .orElseThrow(() -> new ApiParameterException(
                        parameter, "判定方法「" + id + "」はありません（exceeds、large-margin、large-margin:15 など）"));
    }

    static Scope scope(String parameter, String id) {
        return Scope.parse(id).orElseThrow(() -> new ApiParameterException(parameter, Scope.unknownJa(id)));
    }

    /** A parameter left out or blank is not given. */
    static Optional<String> given(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
