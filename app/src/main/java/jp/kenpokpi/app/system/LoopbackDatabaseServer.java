package jp.kenpokpi.app.system;

import java.net.InetAddress;

/**
 * The H2 file database is opened with AUTO_SERVER=TRUE so that the command line can work beside a running server:
 * the first process to open the file starts a TCP server for it, and the others connect to it. H2 binds that server
 * to every interface unless the system property {@value #BIND_ADDRESS} names one (H2 2.x, SysProperties; read once,
 * when H2's classes load) and writes the address into the .lock.db file the other processes read. The server is only
 * ever needed by processes on the same machine: it is bound to the loopback interface, before H2 is first used.
 * An administrator who sets the property explicitly keeps their choice.
 */
public final class LoopbackDatabaseServer {

    public static final String BIND_ADDRESS = "h2.bindAddress";

    private LoopbackDatabaseServer() {}

    public static void bindToLoopback() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, InetAddress.getLoopbackAddress().getHostAddress());
        }
    }
}
