package jp.kenpokpi.app;

import jp.kenpokpi.app.system.LoopbackDatabaseServer;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application: persistence, import, web. Started by {@link KenpoKpi}, the command line. */
@SpringBootApplication
public class KenpoKpiApplication {

    static {
        // Before any H2 class loads: the database's AUTO_SERVER listens on the loopback interface only.
        LoopbackDatabaseServer.bindToLoopback();
    }
}
