package jp.kenpokpi.app.security;

import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Sign-in of a machine by a personal API token (apitoken/), for the API's addresses only. A bean of its own type for
 * the reason DirectorySignIn is one: a lone AuthenticationProvider bean would replace the local accounts' provider.
 *
 * @param provider turns a {@link BearerToken} into an {@link ApiTokenAuthentication}, or refuses it
 */
public record TokenSignIn(AuthenticationProvider provider) {}
