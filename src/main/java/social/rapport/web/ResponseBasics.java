package social.rapport.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What every answer gets before any route runs, so errors, static files and JSON alike carry it:
 * `X-Content-Type-Options: nosniff`, and `Strict-Transport-Security` when the request came over https.
 * A HEAD request is handled as the GET it stands for (same route, status and headers); the server
 * sends no body for it. Without this, HEAD matched no handler and answered 200 for any GET path.
 */
public final class ResponseBasics implements Filter {
    static final String HSTS = "max-age=31536000";
    static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";
    /** Set on a HEAD request, so the access log names the method the client sent. */
    public static final String WAS_HEAD = "rapport.was_head";

    private final boolean trustProxy;

    public ResponseBasics(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        res.setHeader(NOSNIFF_HEADER, NOSNIFF);
        if (Https.used(req.getScheme(), req.getHeader("X-Forwarded-Proto"), trustProxy)) {
            res.setHeader("Strict-Transport-Security", HSTS);
        }
        boolean head = "HEAD".equals(req.getMethod());
        if (head) req.setAttribute(WAS_HEAD, Boolean.TRUE);
        chain.doFilter(head ? new AsGet(req) : req, res);
    }

    /** The request as a GET; the connection still knows it was HEAD and drops the body. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest r) {
            super(r);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
