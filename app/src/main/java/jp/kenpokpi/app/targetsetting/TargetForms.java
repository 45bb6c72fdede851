package jp.kenpokpi.app.targetsetting;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the target pages read from their parameters the same way: the year, and a version sent back. */
final class TargetForms {

    private TargetForms() {}

    /** The year asked for, else the newest with data (the year being set up), else this fiscal year. */
    static FiscalYear year(Optional<String> year, List<FiscalYear> yearsWithData) {
        return year.filter(y -> !y.isBlank())
                .map(WebParameters::fiscalYear)
                .orElseGet(() -> yearsWithData.isEmpty()
                        ? FiscalYear.containing(YearMonth.now(JapanTime.clock()))
                        : yearsWithData.get(0));
    }

    static int version(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "版「" + text + "」は読めません");
        }
    }

    static Optional<Integer> version(Optional<String> text) {
        return text.filter(v -> !v.isBlank()).map(TargetForms::version);
    }
}
