package jp.kenpokpi.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.VersionedCache;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A part of a page rendered once and kept until the data changes. For the large tables whose HTML is the same for
 * every user (the 47-branch comparison is about 600 KB): profiling showed template rendering as most of their time.
 * Only fragments without anything user- or session-specific (no forms, no CSRF token, no user name) belong here.
 */
@Component
public class RenderedFragments {

    private final SpringTemplateEngine templates;
    private final KpiRecordRepository records;
    private final VersionedCache cache = new VersionedCache();
    private final ApplicationContext application;

    RenderedFragments(SpringTemplateEngine templates, KpiRecordRepository records, ApplicationContext application) {
        this.templates = templates;
        this.records = records;
        this.application = application;
    }

    /**
     * @param key everything the fragment's HTML depends on besides the data
     */
    public String render(
            String template,
            String fragment,
            String key,
            Map<String, Object> variables,
            HttpServletRequest request,
            HttpServletResponse response) {
        return render(template, fragment, key, () -> variables, request, response);
    }

    /** As above, the variables computed only when the fragment is not kept already. */
    public String render(
            String template,
            String fragment,
            String key,
            Supplier<Map<String, Object>> variables,
            HttpServletRequest request,
            HttpServletResponse response) {
        return cache.get(template + "::" + fragment + " " + key, records.dataVersion(), () -> {
            var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response);
            WebContext context = new WebContext(exchange, request.getLocale(), variables.get());
            // The beans the templates call (@styles), as in a page Spring MVC renders.
            context.setVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(application, null));
            return templates.process(template, Set.of(fragment), context);
        });
    }
}
