package jp.kenpokpi.app.security;

import org.springframework.security.access.AccessDeniedException;

/** A change the signed-in user may not make; the message says why, in Japanese. */
public class AccessDeniedToBranchException extends AccessDeniedException {

    public AccessDeniedToBranchException(String messageJa) {
        super(messageJa);
    }
}
