package jp.kenpokpi.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.account.SignInLockout;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.period.JapanTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a sign-in attempt leaves behind: a line in the account's sign-in history, the failure count and the lock-out
 * (SignInLockout), and where the browser goes next: the password change first for an initial password, else the
 * page asked for; the sign-in page with the reason on a failure. An unknown login name leaves no history (there is
 * no account to attach it to) and gets the same answer as a wrong password, so that names cannot be probed.
 */
@Component
public class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final UserAccountRepository accounts;
    private final SignInHistory history;
    private final ChangeLog changeLog;
    private final TransactionTemplate transaction;
    private final SignInLockout lockout;
    private final SavedRequestAwareAuthenticationSuccessHandler pageAskedFor =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final Clock clock = Clock.systemUTC();

    public SignInOutcomes(
            UserAccountRepository accounts,
            SignInHistory history,
            ChangeLog changeLog,
            TransactionTemplate transaction,
            @Value("${kenpo.sign-in.max-failures:5}") int maxFailures,
            @Value("${kenpo.sign-in.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.history = history;
        this.changeLog = changeLog;
        this.transaction = transaction;
        this.lockout = new SignInLockout(maxFailures, java.time.Duration.ofMinutes(lockMinutes));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        String username = auth.getName();
        transaction.executeWithoutResult(status -> {
            history.record(username, clock.instant(), address(request), Optional.empty());
            accounts.clearFailures(username);
        });
        if (auth.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/account/password?first");
            return;
        }
        pageAskedFor.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username =
                Optional.ofNullable(request.getParameter("username")).orElse("").strip();
        if (exception instanceof SignInRefusedException) {
            // A refusal with its own Japanese reason (the directory's: no group of this application, unreachable):
            // the sign-in page shows it (LoginController); it is not a guess at a password and counts towards nothing.
            request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
        } else if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        String outcome = transaction.execute(status -> failed(username, exception, address(request)));
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }

    /** Records the failure; the sign-in page's parameter naming it: error, locked or disabled. */
    private String failed(String username, AuthenticationException exception, Optional<String> address) {
        Optional<UserAccountRepository.StoredAccount> account = accounts.find(username);
        if (account.isEmpty()) return "error";
        Instant now = clock.instant();
        if (exception instanceof SignInRefusedException) {
            String reason = exception.getMessage();
            history.record(
                    username,
                    now,
                    address,
                    Optional.of(reason.length() > 100 ? reason.substring(0, 99) + "…" : reason));
            return "error";
        }
        if (exception instanceof LockedException) {
            history.record(username, now, address, Optional.of("ロック中"));
            return "locked";
        }
        if (exception instanceof DisabledException) {
            history.record(username, now, address, Optional.of("無効なアカウント"));
            return "disabled";
        }
        history.record(username, now, address, Optional.of("パスワードが違う"));
        int failures = accounts.addFailure(username);
        Optional<Instant> until = lockout.lockedUntil(failures, now);
        if (until.isEmpty()) return "error";
        accounts.lockUntil(username, until.get());
        changeLog.record(
                "app_user",
                username,
                Optional.of(Map.of("locked_until", "")),
                Map.of("locked_until", JapanTime.minute(until.get()), "failed_sign_ins", Integer.toString(failures)),
                ChangeSource.SYSTEM_USER,
                now,
                ChangeSource.signIn());
        return "locked";
    }

    private static Optional<String> address(HttpServletRequest request) {
        return Optional.ofNullable(request.getRemoteAddr());
    }
}
