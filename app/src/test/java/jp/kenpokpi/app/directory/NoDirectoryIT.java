package jp.kenpokpi.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Arrays;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.DemoAccounts;
import jp.kenpokpi.app.security.DirectorySignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ldap.core.ContextSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** With no directory configured (the default), nothing of it exists and only local accounts sign in. */
@SampleDataTest
class NoDirectoryIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theContextHasNoDirectoryBeans() {
        assertThat(context.getBeanNamesForType(DirectorySignIn.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DirectoryProperties.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ContextSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(AuthenticationProvider.class)).isEmpty();
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                        .map(name -> context.getType(name))
                        .filter(type -> type != null)
                        .map(Class::getName))
                .noneMatch(name -> name.contains(".ldap.") || name.contains(".directory."));
    }

    @Test
    void theLocalAccountsSignInAsBefore() throws Exception {
        mvc.perform(formLogin().user("tochigi").password(DemoAccounts.PASSWORD))
                .andExpect(authenticated().withRoles("BRANCH_EDITOR"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theLocalPasswordPathRefusesADirectoryAccountWhateverItsHash() throws Exception {
        // Even a hash of a known password does not let a directory account in through the local path.
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, enabled, demo, account_source)
                VALUES ('dir-user', ?, 'ディレクトリの利用者', 'HQ_ADMIN', TRUE, FALSE, 'DIRECTORY')""").param(passwordEncoder.encode(DemoAccounts.PASSWORD)).update();

        mvc.perform(formLogin().user("dir-user").password(DemoAccounts.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }
}
