package jp.kenpokpi.app.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link JapaneseErrorReportValve} in place of the host's ErrorReportValve. Runs after Spring Boot's own
 * Tomcat customizer, which adds a plain ErrorReportValve (stack traces off): that one is removed, so that the
 * host has exactly one error reporter and it speaks Japanese.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class ErrorPageConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            // Without this the host would add a plain ErrorReportValve at start, not seeing one of its class.
            if (context.getParent() instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(JapaneseErrorReportValve.class.getName());
            }
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) host.removeValve(valve);
            }
            JapaneseErrorReportValve valve = new JapaneseErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            host.addValve(valve);
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
