package jp.kenpokpi.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed by Spring Security's delegating encoder: new hashes with its current default (bcrypt, cost 10),
 * each stored with its algorithm id ({bcrypt}…), so that hashes of another algorithm still verify and are re-hashed
 * in the current form at the next sign-in (AccountUserDetailsService.updatePassword). Moving to Argon2 is a change of
 * the default id here (and the Bouncy Castle dependency Argon2PasswordEncoder needs); stored hashes then move over as
 * their users sign in (docs/ARCHITECTURE.md, "Passwords").
 */
@Configuration
class PasswordConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
