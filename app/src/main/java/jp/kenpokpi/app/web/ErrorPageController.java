package jp.kenpokpi.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kenpokpi.app.importing.PendingImport;
import jp.kenpokpi.app.security.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * /error for every status and every client: the Japanese error page inside the layout (navigation, the user, the
 * sample-data banner). Spring Boot's own controller answers JSON in English to a client that does not ask for
 * HTML; a request refused by the firewall or a missing page is still a page a person reads.
 */
/* The command line runs without a web server, and without the ErrorAttributes this needs. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ErrorPageController implements ErrorController {

    /** Only a message written for users (in Japanese) is shown; a library's English reason never is. */
    private static final Pattern JAPANESE = Pattern.compile(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*", Pattern.DOTALL);

    private final ErrorAttributes errorAttributes;

    ErrorPageController(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Map<String, Object> attributes = errorAttributes.getErrorAttributes(
                new ServletWebRequest(request), ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE));
        Object message = attributes.get("message");
        response.setStatus(status);
        // A request Spring Security's firewall refused (an encoded "..") reaches this page without the headers its
        // filters write: set them here.
        if (!response.containsHeader("Content-Security-Policy")) SecurityHeaders.setOnErrorPage(response);
        model.addAttribute("status", status);
        // An upload over the limit stopped by Tomcat while a filter read the request's parameters (the CSRF check).
        if (status == 413) message = PendingImport.TOO_LARGE_JA;
        model.addAttribute(
                "message",
                status < 500
                                && message instanceof String m
                                && JAPANESE.matcher(m).matches()
                        ? m
                        : null);
        return "error";
    }
}
