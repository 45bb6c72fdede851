package jp.kenpokpi.app.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused for a reason the person must be told (in Japanese, saying what to do), not a wrong name or
 * password: the sign-in page shows its message as it is (LoginController). An {@link AccountStatusException}, so
 * that Spring Security's ProviderManager stops there and asks no other way of signing in, which would replace the
 * message with its own 「ユーザー名またはパスワードが違います」.
 */
public class SignInRefusedException extends AccountStatusException {

    public SignInRefusedException(String messageJa) {
        super(messageJa);
    }
}
