package jp.kenpokpi.app.directory;

import java.time.Clock;
import java.util.Map;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.security.DirectorySignIn;
import jp.kenpokpi.app.security.UserAccountRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Directory sign-in, only when {@code kenpo.directory.url} (KENPO_DIRECTORY_URL) is set: without it no bean here
 * exists, nothing connects to a directory, and the local accounts are the only way in. The one bean the rest of the
 * application sees is {@link DirectorySignIn}, which SecurityConfig's form login asks before the local accounts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "kenpo.directory", name = "url")
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfig {

    @Bean
    DirectorySignIn directorySignIn(
            DirectoryProperties properties,
            JdbcClient jdbc,
            ChangeLog changeLog,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            UserAccountRepository users) {
        DirectoryClient client = new DirectoryClient(contextSource(properties), properties);
        DirectoryAccounts accounts =
                new DirectoryAccounts(jdbc, users, changeLog, passwordEncoder, transaction, Clock.systemUTC());
        return new DirectorySignIn(
                new DirectoryAuthenticationProvider(client, new DirectoryRoleMapping(properties.roles()), accounts));
    }

    /** Not a bean: nothing but the directory sign-in talks to the directory. */
    static LdapContextSource contextSource(DirectoryProperties properties) {
        LdapContextSource source = new LdapContextSource();
        source.setUrls(properties.url().strip().split("\\s+"));
        source.setBase(properties.base());
        properties
                .manager()
                .account()
                .ifPresentOrElse(
                        dn -> {
                            source.setUserDn(dn);
                            source.setPassword(properties.manager().password());
                        },
                        () -> source.setAnonymousReadOnly(true));
        String timeout = Long.toString(properties.timeout() * 1000L);
        source.setBaseEnvironmentProperties(Map.of(
                "com.sun.jndi.ldap.connect.timeout", timeout,
                "com.sun.jndi.ldap.read.timeout", timeout));
        source.afterPropertiesSet();
        return source;
    }
}
