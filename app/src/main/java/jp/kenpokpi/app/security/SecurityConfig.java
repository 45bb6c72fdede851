package jp.kenpokpi.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything but the sign-in page, static assets and the health endpoint needs a signed-in user. CSRF protection
 * stays on (Spring Security's default); forms carry the token. Who may change what is declared on the methods that
 * change it ({@code @PreAuthorize} calling Permissions).
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/assets/**", "/webjars/**", "/actuator/health", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        SecurityHeaders.apply(http);
        return http.build();
    }
}
