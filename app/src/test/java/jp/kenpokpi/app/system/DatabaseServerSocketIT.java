package jp.kenpokpi.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import jp.kenpokpi.app.TemporaryDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The H2 file database is shared with the command line through H2's AUTO_SERVER: the TCP server it starts must
 * listen on the loopback interface only, never on every interface (H2's default). Always H2: that is what is tested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DatabaseServerSocketIT {

    static Path db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        db = TemporaryDatabase.withoutSampleData(registry, "sockets");
    }

    @Autowired
    DataSource dataSource;

    @Test
    void theDatabaseServerListensOnTheLoopbackInterfaceOnly() throws Exception {
        int port;
        try (Connection ignored = dataSource.getConnection()) {
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(db.resolveSibling(db.getFileName() + ".lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            String host = server.substring(0, server.lastIndexOf(':'));
            assertThat(InetAddress.getByName(host).isLoopbackAddress())
                    .as("the address other processes are told to connect to: %s", server)
                    .isTrue();
            port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        }

        List<String> listening = listeningAddressesOfThisProcess(port);
        assertThat(listening)
                .as("sockets of this JVM listening on the database port %d", port)
                .isNotEmpty()
                .allSatisfy(address -> assertThat(address)
                        .isIn("0100007F", "00000000000000000000000001000000", "0000000000000000FFFF00000100007F"));

        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 1000);
                throw new AssertionError("the database server answered on " + address);
            } catch (IOException refused) {
                // expected: nothing listens there
            }
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            assertThat(socket.isConnected())
                    .as("the command line can still reach it")
                    .isTrue();
        }
    }

    /** The local addresses (hex, as /proc/net/tcp writes them) of this process's listening sockets on a port. */
    private static List<String> listeningAddressesOfThisProcess(int port) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
                } catch (IOException gone) {
                    // a descriptor closed while listing
                }
            }
        }
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) continue;
            // Read once: the table changes as connections open and close, so two reads may differ in length.
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                boolean listen = f[3].equals("0A");
                if (listen && Integer.parseInt(local[1], 16) == port && inodes.contains(f[9])) addresses.add(local[0]);
            }
        }
        return addresses;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            nic.inetAddresses().filter(a -> !a.isLinkLocalAddress()).forEach(out::add);
        }
        return out;
    }
}
