package social.rapport.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.store.Database;
import social.rapport.store.StoreException;

/**
 * The HTTP plumbing shared by every feature: JSON, errors, body checks, who is asking, rate limits,
 * health, metrics and the access log. Features only add their routes.
 */
public final class WebServer {
    private static final Logger ACCESS = LoggerFactory.getLogger("rapport.access");
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Javalin app;
    private final List<String> endpoints = new java.util.concurrent.CopyOnWriteArrayList<>();

    public record Setup(
            String host,
            int port,
            Database db,
            ViewerResolver viewers,
            List<RequestGate> gates,
            List<Routes> routes,
            HtmlErrors htmlErrors,
            PrometheusMeterRegistry metrics,
            boolean trustProxy,
            UploadLimit uploads) {
        public Setup {
            uploads = uploads == null ? UploadLimit.NONE : uploads;
        }

        /** With no route taking large uploads. */
        public Setup(
                String host,
                int port,
                Database db,
                ViewerResolver viewers,
                List<RequestGate> gates,
                List<Routes> routes,
                HtmlErrors htmlErrors,
                PrometheusMeterRegistry metrics,
                boolean trustProxy) {
            this(host, port, db, viewers, gates, routes, htmlErrors, metrics, trustProxy, UploadLimit.NONE);
        }
    }

    public WebServer(Setup s) {
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = s.host();
            config.jetty.port = s.port();
            config.http.maxRequestSize = BodyChecks.MAX_BODY;
            config.http.defaultContentType = "application/json";
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) endpoints.add(h.getHttpMethod() + " " + h.getPath());
            });
            config.events.wsHandlerAdded(h -> {
                if (h.getHandlerType() == io.javalin.websocket.WsHandlerType.WEBSOCKET)
                    endpoints.add("WS " + h.getPath());
            });
            // Requests refused before the filter below runs still say nosniff, and tell nothing of the server.
            config.jetty.modifyServer(server -> server.setErrorHandler(new PlainErrors()));
            config.jetty.modifyServletContextHandler(h -> h.addFilter(
                    new org.eclipse.jetty.ee10.servlet.FilterHolder(new ResponseBasics(s.trustProxy())),
                    "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.requestLogger.http((ctx, ms) -> {
                String method = ctx.attribute(ResponseBasics.WAS_HEAD) != null
                        ? "HEAD"
                        : ctx.method().name();
                ACCESS.info("{} {} {} {}ms", method, ctx.path(), ctx.statusCode(), String.format("%.1f", ms));
                if (s.metrics() != null) {
                    Timer.builder("http_requests")
                            .tag("method", method)
                            .tag("status", Integer.toString(ctx.statusCode()))
                            .register(s.metrics())
                            .record((long) (ms * 1000), TimeUnit.MICROSECONDS);
                }
            });
            RoutesConfig r = config.routes;
            r.before(ctx -> {
                BodyChecks.check(ctx, s.uploads());
                Viewer v = s.viewers().resolve(ctx);
                ctx.attribute(Web.VIEWER, v);
                for (RequestGate g : s.gates()) g.check(ctx, v);
            });
            r.get("/health", ctx -> {
                boolean up = s.db().ping();
                ctx.status(up ? 200 : 503).json(java.util.Map.of("status", up ? "ok" : "database unavailable"));
            });
            r.get("/metrics", ctx -> {
                if (!Web.viewer(ctx).isAdmin()) throw Problem.notFound();
                ctx.contentType("text/plain; version=0.0.4").result(s.metrics().scrape());
            });
            for (Routes routes : s.routes()) routes.register(r);
            mapErrors(r, s.htmlErrors());
        });
    }

    private static void mapErrors(RoutesConfig r, HtmlErrors html) {
        r.exception(Problem.class, (e, ctx) -> answer(ctx, html, e));
        r.exception(
                StoreException.AlreadyExists.class,
                (e, ctx) -> answer(ctx, html, Problem.conflict("record", "already exists")));
        r.exception(StoreException.NotFound.class, (e, ctx) -> answer(ctx, html, Problem.notFound()));
        r.exception(StoreException.Contended.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            error(ctx, html, 503, "Busy, try again");
        });
        r.exception(
                com.fasterxml.jackson.core.JacksonException.class,
                (e, ctx) -> error(ctx, html, 400, "The request body is not valid JSON"));
        r.exception(
                io.javalin.validation.ValidationException.class,
                (e, ctx) -> error(
                        ctx, html, 422, "Validation failed: " + e.getErrors().keySet()));
        r.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            error(ctx, html, status, status == 404 ? Problem.notFound().getMessage() : e.getMessage());
        });
        r.exception(Exception.class, (e, ctx) -> {
            int broken = brokenRequest(e);
            if (broken > 0) {
                LOG.debug("malformed request on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                error(ctx, html, broken, "The request is malformed");
                return;
            }
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, html, 500, "Internal server error");
        });
        r.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty())
                error(ctx, html, 404, Problem.notFound().getMessage());
        });
        r.error(405, "*", ctx -> error(ctx, html, 405, "Method not allowed"));
    }

    /**
     * The status Jetty gives a request it could not read (a malformed chunked body, a body cut short),
     * found anywhere in the cause chain; 0 when the failure is ours. The client's mistake is a 4xx.
     */
    static int brokenRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h) {
                int code = h.getCode();
                return code >= 400 && code < 500 ? code : 400;
            }
            if (t instanceof org.eclipse.jetty.io.EofException) return 400;
        }
        return 0;
    }

    private static void answer(Context ctx, HtmlErrors html, Problem p) {
        if (p.retryAfterSeconds() > 0) ctx.header("Retry-After", Long.toString(p.retryAfterSeconds()));
        if (wantsJson(ctx)) {
            ctx.status(p.status()).json(new ErrorBody(p.getMessage(), p.fields()));
        } else {
            html.render(ctx, p.status(), p.getMessage());
        }
    }

    private static void error(Context ctx, HtmlErrors html, int status, String message) {
        if (wantsJson(ctx)) ctx.status(status).json(new ErrorBody(message));
        else html.render(ctx, status, message);
    }

    /** API, OAuth token endpoints and discovery documents answer JSON; pages answer HTML. */
    public static boolean wantsJson(Context ctx) {
        String p = ctx.path();
        return p.startsWith("/api/")
                || p.equals("/oauth/token")
                || p.equals("/oauth/revoke")
                || p.startsWith("/.well-known/")
                || p.startsWith("/nodeinfo")
                || p.equals("/health")
                || p.equals("/metrics");
    }

    public WebServer start() {
        app.start();
        return this;
    }

    /** Every endpoint registered, as "METHOD /path/{param}" ("WS /path" for WebSockets), in order. */
    public List<String> endpoints() {
        return List.copyOf(endpoints);
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
