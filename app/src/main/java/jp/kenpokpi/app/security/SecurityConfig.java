package jp.kenpokpi.app.security;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Everything but the sign-in page, static assets and the health endpoint needs a signed-in user; a user with an
 * initial password changes it first (PasswordChangeFirst); sign-in attempts are recorded and count towards the
 * lock-out (SignInOutcomes). CSRF protection
 * stays on (Spring Security's default); forms carry the token. Who may change what is declared on the methods that
 * change it ({@code @PreAuthorize} calling Permissions). The API's addresses also take a personal API token instead
 * of a session, and answer refusals in JSON (ApiAccess).
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInOutcomes outcomes,
            Optional<DirectorySignIn> directory,
            Optional<TokenSignIn> tokens)
            throws Exception {
        // With a directory configured, the form asks it first; the local accounts remain the fallback (README).
        directory.ifPresent(d -> http.authenticationProvider(d.provider()));
        tokens.ifPresent(
                t -> http.addFilterBefore(ApiAccess.tokenFilter(t), UsernamePasswordAuthenticationFilter.class));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/assets/**", "/webjars/**", "/actuator/health", "/error")
                        .permitAll()
                        .requestMatchers(ApiAccess.API)
                        .access(ApiAccess::allowed)
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiAccess.TOKEN_REQUEST))
                // The API answers "sign in first" in JSON; everything else goes to the sign-in page, whatever it
                // accepts. One entry point and one refusal deciding by the address: with several "defaults" Spring
                // picks an entry point by the Accept header, and uses a lone default refusal for every address.
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(ApiAccess.signInFirst("/login"))
                        .accessDeniedHandler(ApiAccess.refusedByAddress()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(outcomes)
                        .failureHandler(outcomes)
                        .permitAll())
                .addFilterAfter(new PasswordChangeFirst(), AuthorizationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        SecurityHeaders.apply(http);
        return http.build();
    }
}
