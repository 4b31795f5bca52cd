package social.rapport.notify;

import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import social.rapport.core.Problem;
import social.rapport.web.Routes;
import social.rapport.web.Scopes;
import social.rapport.web.Viewer;
import social.rapport.web.Web;
import social.rapport.web.WebServer;

/**
 * Mastodon's streaming API: server-sent events at /api/v1/streaming/user|public|public/local, and
 * the WebSocket at /api/v1/streaming?stream=…. The user stream needs a signed-in viewer; public
 * streams take anyone. A token may come as a bearer header or as `access_token` in the query.
 */
public final class StreamRoutes implements Routes {
    private static final String SCOPE = "read:statuses";
    private final StreamHub hub;
    /** Resolves a raw token for WebSocket upgrades, which do not pass through the request filters. */
    private final Function<String, Viewer> tokens;
    private final Map<String, StreamClient> sockets = new ConcurrentHashMap<>();

    public StreamRoutes(StreamHub hub, Function<String, Viewer> tokens) {
        this.hub = hub;
        this.tokens = tokens;
    }

    @Override
    public void register(RoutesConfig r) {
        // Checked before the stream starts, so a refusal is an ordinary JSON 401/403.
        r.before("/api/v1/streaming/user", ctx -> Web.user(ctx, SCOPE));
        r.before("/api/v1/streaming/public", ctx -> Web.anyone(ctx, SCOPE));
        r.before("/api/v1/streaming/public/local", ctx -> Web.anyone(ctx, SCOPE));
        r.sse("/api/v1/streaming/user", c -> serve(c, StreamClient.Kind.USER));
        r.sse("/api/v1/streaming/public", c -> serve(c, StreamClient.Kind.PUBLIC));
        r.sse("/api/v1/streaming/public/local", c -> serve(c, StreamClient.Kind.PUBLIC_LOCAL));
        r.ws("/api/v1/streaming", ws -> {
            ws.onConnect(ctx -> connect(ctx));
            ws.onClose(ctx -> {
                StreamClient c = sockets.remove(ctx.sessionId());
                if (c != null) hub.end(c);
            });
            ws.onError(ctx -> {
                StreamClient c = sockets.remove(ctx.sessionId());
                if (c != null) hub.end(c);
            });
        });
    }

    private void serve(SseClient client, StreamClient.Kind kind) {
        Viewer v = Web.viewer(client.ctx());
        hub.serve(v, kind, new StreamClient.Sink() {
            public void send(String stream, String event, String payload) { client.sendEvent(event, payload); }

            public void heartbeat() { client.sendComment("thump"); }

            public void close() { client.close(); }
        });
    }

    private void connect(WsContext ctx) {
        Viewer v;
        StreamClient.Kind kind = StreamClient.Kind.parse(ctx.queryParam("stream")).orElse(null);
        try {
            String auth = ctx.header("Authorization");
            String raw = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7)
                    : ctx.queryParam("access_token");
            v = raw == null || raw.isBlank() ? Viewer.ANONYMOUS : tokens.apply(raw);
            if (kind == null) throw Problem.invalid("stream", "Unknown stream");
            if (kind == StreamClient.Kind.USER && !v.signedIn()) throw Problem.unauthorized("The access token is invalid");
            if (v.tokenId() != 0 && !Scopes.grants(v.scopes(), SCOPE)) {
                throw Problem.forbidden("This action is outside the authorized scopes");
            }
        } catch (Problem p) {
            ctx.send(json(Map.of("error", p.getMessage())));
            ctx.closeSession(1008, p.getMessage());
            return;
        }
        ctx.enableAutomaticPings();
        StreamClient c = hub.open(v, kind, new StreamClient.Sink() {
            public void send(String stream, String event, String payload) {
                ctx.send(json(Map.of("stream", java.util.List.of(stream), "event", event, "payload", payload)));
            }

            public void heartbeat() { ctx.sendPing(); }

            public void close() {
                if (ctx.session.isOpen()) ctx.closeSession(1000, "stream closed");
            }
        });
        sockets.put(ctx.sessionId(), c);
    }

    private static String json(Object o) {
        try {
            return WebServer.JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
