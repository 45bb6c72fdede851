package jp.kenpokpi.app.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The version of the data: every change writes a data_change row (ChangeLog), so its highest id changes whenever a
 * target, a result, a budget, a plan or a lock changes, also when another process (the command line) writes.
 *
 * <p>Read once per web request: a page asks several caches in turn (data set, summaries, rendered parts), and each
 * read was a query of its own. A change recorded during the request forgets the value read. Outside a request (the
 * command line, tests) every call reads the table.
 */
@Component
public class DataVersion {

    private static final String REQUEST_ATTRIBUTE = DataVersion.class.getName();

    private final JdbcClient jdbc;

    public DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) return read();
        if (request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long known)
            return known;
        long version = read();
        request.setAttribute(REQUEST_ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
        return version;
    }

    /** Called by ChangeLog when it records a change: the next read in this request sees it. */
    static void forgetInThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) request.removeAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    private long read() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM data_change")
                .query(Long.class)
                .single();
    }
}
