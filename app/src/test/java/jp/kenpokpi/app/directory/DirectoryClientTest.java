package jp.kenpokpi.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * Binding as the user against a real LDAP server (TestDirectory): both ways of finding the entry (a DN pattern, or a
 * search as the manager), the Japanese name and groups read back, and each way a sign-in fails.
 */
class DirectoryClientTest {

    private static TestDirectory directory;

    @BeforeAll
    static void start() {
        directory = TestDirectory.start();
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    private static DirectoryProperties properties(String url, String pattern, String filter, boolean manager) {
        return new DirectoryProperties(
                url,
                TestDirectory.BASE,
                manager
                        ? new DirectoryProperties.Manager(TestDirectory.MANAGER_DN, TestDirectory.MANAGER_PASSWORD)
                        : new DirectoryProperties.Manager("", ""),
                new DirectoryProperties.User(pattern, "ou=people", filter, "displayName", "mail"),
                new DirectoryProperties.Group("ou=groups", "(member={0})", "cn"),
                new DirectoryProperties.Roles(
                        List.of("kenpo-hq-admin"),
                        List.of("kenpo-hq-staff"),
                        List.of("kenpo-viewer"),
                        "kenpo-branch-{code}-editor",
                        "kenpo-branch-{code}-manager"),
                2);
    }

    private static DirectoryClient client(DirectoryProperties p) {
        return new DirectoryClient(DirectoryConfig.contextSource(p), p);
    }

    @Test
    void aDnPatternBindsAsTheUserAndReadsTheirNameAddressAndGroupsAsThem() {
        DirectoryClient client = client(properties(directory.url(), "uid={0},ou=people", "", false));

        DirectoryUser user = client.signIn("saitama-tanto", TestDirectory.PASSWORD);

        assertThat(user.dn()).isEqualTo("uid=saitama-tanto,ou=people,dc=kenpo,dc=example");
        assertThat(user.displayName()).contains("埼玉支部 企画総務グループ 鈴木 一郎");
        assertThat(user.email()).contains("suzuki.ichiro@kenpo.example");
        assertThat(user.groups()).containsExactlyInAnyOrder("kenpo-branch-11-editor", "all-staff");
    }

    @Test
    void aSearchAsTheManagerFindsTheEntryByTheFilter() {
        DirectoryClient client = client(properties(directory.url(), "", "(uid={0})", true));

        DirectoryUser user = client.signIn("tochigi-kanri", TestDirectory.PASSWORD);

        assertThat(user.displayName()).contains("栃木支部 支部長 高橋 次郎");
        assertThat(user.groups())
                .containsExactlyInAnyOrder(
                        "kenpo-branch-09-manager", "kenpo-branch-09-editor", "kenpo-viewer", "all-staff");
        assertThat(client.signIn("kansa", TestDirectory.PASSWORD).email()).isEqualTo(Optional.empty());
    }

    @Test
    void aWrongPasswordAnUnknownNameAndAnEmptyPasswordAreWrongCredentials() {
        for (DirectoryClient client : List.of(
                client(properties(directory.url(), "uid={0},ou=people", "", false)),
                client(properties(directory.url(), "", "(uid={0})", true)))) {
            assertThatThrownBy(() -> client.signIn("saitama-tanto", "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> client.signIn("nobody", TestDirectory.PASSWORD))
                    .isInstanceOf(BadCredentialsException.class);
            // An empty password would be an anonymous bind, which the server accepts: never sent.
            assertThatThrownBy(() -> client.signIn("saitama-tanto", "")).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void aNameIsAValueInTheFilterNotPartOfIt() {
        DirectoryClient client = client(properties(directory.url(), "", "(uid={0})", true));

        // Unescaped, "saitama-tant*" would find saitama-tanto's entry, and the password is theirs.
        assertThatThrownBy(() -> client.signIn("saitama-tant*", TestDirectory.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> client.signIn("saitama-tanto)(uid=*", TestDirectory.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDirectoryThatDoesNotAnswerIsUnavailableNotAWrongPassword() {
        TestDirectory down = TestDirectory.start();
        String url = down.url();
        down.close();
        DirectoryClient client = client(properties(url, "uid={0},ou=people", "", false));

        assertThatThrownBy(() -> client.signIn("saitama-tanto", TestDirectory.PASSWORD))
                .isInstanceOf(DirectoryClient.DirectoryUnavailableException.class);
    }
}
