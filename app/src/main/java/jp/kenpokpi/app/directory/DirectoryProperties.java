package jp.kenpokpi.app.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the organisation's directory is and how its users and groups are found: {@code kenpo.directory.*}, or as
 * environment variables {@code KENPO_DIRECTORY_URL}, {@code KENPO_DIRECTORY_USER_FILTER}, … (README, 「Directory
 * sign-in」). The names have no dashes, so that each environment variable is the property's name in capitals with
 * underscores. Nothing here is read unless {@code kenpo.directory.url} is set.
 *
 * @param url one or more addresses separated by spaces: {@code ldap://ad.example.jp:389} or {@code ldaps://…:636}
 * @param base the base DN every other DN here is relative to, e.g. {@code dc=example,dc=jp}
 * @param manager the account that finds users by {@link User#filter} (Active Directory allows no anonymous search);
 *     without one the search is anonymous, and groups and attributes are read as the user signing in
 * @param timeout how long connecting or waiting for an answer may take before the directory counts as down
 */
@ConfigurationProperties("kenpo.directory")
public record DirectoryProperties(
        String url,
        @DefaultValue("") String base,
        @DefaultValue Manager manager,
        @DefaultValue User user,
        @DefaultValue Group group,
        @DefaultValue Roles roles,
        @DefaultValue("5") int timeout) {

    /** The manager's DN and password; both empty: none. */
    public record Manager(
            @DefaultValue("") String dn, @DefaultValue("") String password) {

        public Optional<String> account() {
            return dn.isBlank() ? Optional.empty() : Optional.of(dn);
        }
    }

    /**
     * How a sign-in name becomes the user's entry: a DN pattern ({@code uid={0},ou=people}) or a search under
     * {@code base} with {@code filter} ({@code (sAMAccountName={0})}); the pattern when both are given.
     *
     * @param name the attribute holding the name shown in the application (its header, the audit log)
     * @param email the attribute holding the e-mail address
     */
    public record User(
            @DefaultValue("") String pattern,
            @DefaultValue("") String base,
            @DefaultValue("") String filter,
            @DefaultValue("displayName") String name,
            @DefaultValue("mail") String email) {}

    /**
     * The groups a user belongs to: a search under {@code base} with {@code filter}, where {0} is the user's full DN
     * and {1} the sign-in name; {@code attribute} is the group's name as the role mapping names it.
     */
    public record Group(
            @DefaultValue("") String base,
            @DefaultValue("(member={0})") String filter,
            @DefaultValue("cn") String attribute) {}

    /**
     * Which groups give which role: lists of group names for 本部管理者, 本部担当者 and 閲覧者, and patterns with
     * {@code {code}} (the branch's two digits) for 支部担当者 and 支部管理者. Compared ignoring case.
     */
    public record Roles(
            @DefaultValue("kenpo-hq-admin") List<String> admin,
            @DefaultValue("kenpo-hq-staff") List<String> staff,
            @DefaultValue("kenpo-viewer") List<String> viewer,
            @DefaultValue("kenpo-branch-{code}-editor") String editor,
            @DefaultValue("kenpo-branch-{code}-manager") String manager) {}
}
