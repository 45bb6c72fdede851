package jp.kenpokpi.app.directory;

import static org.springframework.ldap.query.LdapQueryBuilder.query;

import java.util.List;
import java.util.Optional;
import javax.naming.Name;
import javax.naming.directory.DirContext;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.ldap.AuthenticationException;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.ContextSource;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.ldap.core.support.SingleContextSource;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.ldap.support.LdapNameBuilder;
import org.springframework.ldap.support.LdapUtils;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * Signs a user in against the directory by binding as them (Spring LDAP): finds the user's entry (a DN pattern or a
 * search), binds with the password typed, and reads the user's name, e-mail address and groups as that user (or as
 * the manager, where one is configured and the search needs it). A wrong name or password is a
 * {@link BadCredentialsException}; a directory that cannot be reached is a {@link DirectoryUnavailableException}.
 */
final class DirectoryClient {

    /** Thrown when the directory did not answer as a directory (down, unreachable, misconfigured). */
    static final class DirectoryUnavailableException extends RuntimeException {
        DirectoryUnavailableException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final LdapContextSource contextSource;
    private final DirectoryProperties properties;

    DirectoryClient(LdapContextSource contextSource, DirectoryProperties properties) {
        this.contextSource = contextSource;
        this.properties = properties;
    }

    DirectoryUser signIn(String username, String password) {
        // An LDAP bind with a DN and an empty password is an anonymous bind, which servers accept: never try one.
        if (username.isBlank() || password.isEmpty()) throw new BadCredentialsException("empty name or password");
        try {
            Name entry = entry(username);
            String dn = LdapNameBuilder.newInstance(contextSource.getBaseLdapName())
                    .add(entry)
                    .build()
                    .toString();
            DirContext asUser;
            try {
                asUser = contextSource.getContext(dn, password);
            } catch (AuthenticationException wrongPassword) {
                throw new BadCredentialsException("directory refused the bind of " + dn);
            }
            try {
                return read(template(new SingleContextSource(asUser)), entry, dn, username);
            } finally {
                LdapUtils.closeContext(asUser);
            }
        } catch (NamingException e) {
            throw new DirectoryUnavailableException(e);
        }
    }

    /** The user's entry relative to the base: from the DN pattern, or found by the search filter. */
    private Name entry(String username) {
        DirectoryProperties.User user = properties.user();
        if (!user.pattern().isBlank()) {
            return LdapUtils.newLdapName(user.pattern().replace("{0}", LdapEncoder.nameEncode(username)));
        }
        if (user.filter().isBlank()) {
            throw new IllegalStateException("kenpo.directory.user.pattern か kenpo.directory.user.filter が必要です");
        }
        LdapTemplate search = template(contextSource);
        try {
            DirContextOperations found = search.searchForContext(
                    query().base(user.base()).attributes("1.1").filter(user.filter(), username));
            return found.getDn();
        } catch (IncorrectResultSizeDataAccessException noneOrMany) {
            throw new BadCredentialsException("no single directory entry for " + username);
        }
    }

    private DirectoryUser read(LdapTemplate asUser, Name entry, String dn, String username) {
        DirectoryProperties.User user = properties.user();
        DirContextOperations attributes = asUser.lookupContext(entry);
        DirectoryProperties.Group group = properties.group();
        List<String> groups = asUser
                .search(
                        query().base(group.base()).attributes(group.attribute()).filter(group.filter(), dn, username),
                        (javax.naming.directory.Attributes a) -> a.get(group.attribute()) == null
                                ? ""
                                : String.valueOf(a.get(group.attribute()).get()))
                .stream()
                .filter(g -> !g.isBlank())
                .toList();
        return new DirectoryUser(
                dn,
                text(attributes.getStringAttribute(user.name())),
                text(attributes.getStringAttribute(user.email())),
                groups);
    }

    private static LdapTemplate template(ContextSource source) {
        LdapTemplate template = new LdapTemplate(source);
        // Active Directory answers a search at a domain's root with referrals to other partitions: not an error.
        template.setIgnorePartialResultException(true);
        return template;
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
