package jp.kenpokpi.app.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API's refusals as RFC 9457 problems with a Japanese detail, ahead of the pages' advice, which answers with the
 * HTML refusal page.
 */
@RestControllerAdvice(basePackageClasses = ApiRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRefusals {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> refused(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, "権限がありません", e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return answer(status, status.getReasonPhrase(), e.getReason());
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String titleJa, String detailJa) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailJa);
        problem.setTitle(titleJa);
        return ResponseEntity.status(status).body(problem);
    }
}
