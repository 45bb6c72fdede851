package jp.kenpokpi.app.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real LDAP server for the tests: UnboundID's in-memory directory on the loopback interface, loaded from
 * directory/kenpo-directory.ldif, with a manager account for searches. Stopped and started again on the same port
 * to play a directory that is down.
 */
final class TestDirectory implements AutoCloseable {

    static final String BASE = "dc=kenpo,dc=example";
    static final String MANAGER_DN = "cn=kenpo-kpi,ou=system";
    static final String MANAGER_PASSWORD = "manager-pass-1";
    static final String PASSWORD = "directory-pass-1";

    private final InMemoryDirectoryServer server;
    private final int port;

    private TestDirectory(InMemoryDirectoryServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static TestDirectory start() {
        try {
            int port = freePort();
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
            config.setListenerConfigs(
                    InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            try (InputStream ldif = TestDirectory.class.getResourceAsStream("/directory/kenpo-directory.ldif")) {
                server.importFromLDIF(true, new LDIFReader(ldif));
            }
            server.startListening();
            return new TestDirectory(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("the test directory did not start", e);
        }
    }

    /**
     * Configures the application for this directory as an Active Directory would be: users found by a search as the
     * manager, groups by their member attribute.
     */
    void configure(DynamicPropertyRegistry properties) {
        properties.add("kenpo.directory.url", this::url);
        properties.add("kenpo.directory.base", () -> BASE);
        properties.add("kenpo.directory.manager.dn", () -> MANAGER_DN);
        properties.add("kenpo.directory.manager.password", () -> MANAGER_PASSWORD);
        properties.add("kenpo.directory.user.base", () -> "ou=people");
        properties.add("kenpo.directory.user.filter", () -> "(uid={0})");
        properties.add("kenpo.directory.group.base", () -> "ou=groups");
        properties.add("kenpo.directory.timeout", () -> "2");
    }

    String url() {
        return "ldap://127.0.0.1:" + port;
    }

    /** The directory is down until {@link #startAgain()}. */
    void stop() {
        server.shutDown(true);
    }

    void startAgain() {
        try {
            server.startListening();
        } catch (Exception e) {
            throw new IllegalStateException("the test directory did not start again", e);
        }
    }

    /** Puts a user into a group (cn under ou=groups) or takes them out. */
    void member(String uid, String group, boolean member) {
        try {
            server.modify(
                    "cn=" + group + ",ou=groups," + BASE,
                    new Modification(
                            member ? ModificationType.ADD : ModificationType.DELETE,
                            "member",
                            "uid=" + uid + ",ou=people," + BASE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
