package jp.kenpokpi.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/** Reads the branch, year and month parameters of the pages, answering 404 with a Japanese message. */
public final class WebParameters {

    private WebParameters() {
    }

    public static Organisation organisation(String code) {
        return Organisations.all().find(code.length() == 1 ? "0" + code : code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "支部コード「" + code + "」はありません"));
    }

    public static FiscalYear fiscalYear(String text) {
        return FiscalYear.parse(text)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "年度「" + text + "」は読めません"));
    }

    /** A mark policy as the {@code policy} parameter names it: exceeds, large-margin, large-margin:15. */
    public static MarkPolicy markPolicy(String id) {
        return MarkPolicies.parse(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "判定方法「" + id + "」はありません"));
    }

    public static AsOf asOf(String text) {
        return AsOf.parse(text)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "時点「" + text + "」は読めません（例: 2021-09）"));
    }
}
