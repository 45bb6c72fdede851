package jp.kenpokpi.app.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report that cannot be drawn for what was asked (no plan, no budget, no interim month), with the Japanese reason:
 * 404 on the site, exit status 2 on the command line.
 */
public class ReportUnavailableException extends ResponseStatusException {

    public ReportUnavailableException(String reasonJa) {
        super(HttpStatus.NOT_FOUND, reasonJa);
    }
}
