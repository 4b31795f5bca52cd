package social.rapport.web;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * How the HTTP server answers a request it refuses before any route or filter sees it (a malformed
 * URI, a bad header line, an over-long header, an unknown HTTP version): with nosniff like every
 * other answer, and a one-line plain body naming the status only, never the server, its version, the
 * parser's reason or a stack trace.
 */
final class PlainErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // Set before the parent decides whether a body is written at all (not for every method or status).
        response.getHeaders().put(ResponseBasics.NOSNIFF_HEADER, ResponseBasics.NOSNIFF);
        return super.handle(request, response, callback);
    }

    /** Every method gets the short body (the parent writes none for a DELETE or PUT). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        String body = code + " " + HttpStatus.getMessage(code) + "\n";
        response.write(true, StandardCharsets.UTF_8.encode(body), callback);
    }
}
