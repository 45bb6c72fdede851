package jp.kenpokpi;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application: persistence, import, web. Started by {@link KenpoKpi}, the command line. */
@SpringBootApplication
public class KenpoKpiApplication {
}
