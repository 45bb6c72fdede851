package jp.kenpokpi.app.security;

import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Sign-in against the organisation's directory, present only when one is configured (directory/DirectoryConfig).
 * SecurityConfig asks its provider before the local accounts. It is a bean of its own type, not an
 * AuthenticationProvider bean, because Spring Security would let a lone AuthenticationProvider bean replace the
 * local accounts' provider.
 *
 * @param provider answers nothing (null) for a local account's name, so that the local password decides
 */
public record DirectorySignIn(AuthenticationProvider provider) {}
