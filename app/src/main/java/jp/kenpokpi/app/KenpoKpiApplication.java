package jp.kenpokpi.app;

import jp.kenpokpi.app.system.LoopbackDatabaseServer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Spring application: persistence, import, web. Started by {@link KenpoKpi}, the command line. */
@SpringBootApplication
// The daily jobs of the served application (notices: deadline check, mail digest); the command line runs none.
@EnableScheduling
public class KenpoKpiApplication {

    static {
        // Before any H2 class loads: the database's AUTO_SERVER listens on the loopback interface only.
        LoopbackDatabaseServer.bindToLoopback();
    }
}
