package social.rapport.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import social.rapport.core.Problem;
import social.rapport.core.Scopes;
import social.rapport.core.Viewer;
import social.rapport.web.Routes;
import social.rapport.web.Web;
import social.rapport.web.WebServer;

/**
 * Mastodon's streaming API: server-sent events at /api/v1/streaming/user|user/notification|public|
 * public/local|hashtag|hashtag/local|list, and the WebSocket at /api/v1/streaming, where a client may
 * name a stream in the query and subscribe to and unsubscribe from more with messages. The user
 * streams need a signed-in viewer; the others take anyone. A token may come as a bearer header or as
 * `access_token` in the query.
 *
 * <p>And the pages' own stream, /live: the browser session only (never a token), closed when the
 * session ends; it tells the unread count and that new posts arrived on home.
 */
public final class StreamRoutes implements Routes {
    private static final String SCOPE = "read:statuses";
    private static final String LIST_SCOPE = "read:lists";
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");
    private final StreamHub hub;
    /** Resolves a raw token for WebSocket upgrades, which do not pass through the request filters. */
    private final Function<String, Viewer> tokens;

    private final StreamLists lists;

    private final Map<String, StreamClient> sockets = new ConcurrentHashMap<>();

    public StreamRoutes(StreamHub hub, Function<String, Viewer> tokens, StreamLists lists) {
        this.hub = hub;
        this.tokens = tokens;
        this.lists = lists;
    }

    @Override
    public void register(RoutesConfig r) {
        // Apps ask whether the streaming server is up before they connect; it is this server.
        r.get(
                "/api/v1/streaming/health",
                ctx -> ctx.contentType("text/plain; charset=utf-8").result("OK"));
        // Checked before the stream starts, so a refusal is an ordinary JSON 401/403/422.
        r.before("/api/v1/streaming/user", ctx -> Web.user(ctx, SCOPE));
        r.before("/api/v1/streaming/user/notification", ctx -> Web.user(ctx, SCOPE));
        r.before("/api/v1/streaming/direct", ctx -> Web.user(ctx, SCOPE));
        r.before("/api/v1/streaming/public", ctx -> Web.anyone(ctx, SCOPE));
        r.before("/api/v1/streaming/public/local", ctx -> Web.anyone(ctx, SCOPE));
        r.before("/api/v1/streaming/hashtag", ctx -> {
            Web.anyone(ctx, SCOPE);
            tag(ctx.queryParam("tag"));
        });
        r.before("/api/v1/streaming/hashtag/local", ctx -> {
            Web.anyone(ctx, SCOPE);
            tag(ctx.queryParam("tag"));
        });
        r.before("/api/v1/streaming/list", ctx -> list(Web.user(ctx, LIST_SCOPE), ctx.queryParam("list")));
        r.before("/live", ctx -> {
            if (!Web.viewer(ctx).signedIn()) throw Problem.unauthorized("Sign in to follow what happens live");
        });
        r.sse("/api/v1/streaming/user", c -> serve(c, StreamClient.Subscription.of(StreamClient.Kind.USER)));
        r.sse(
                "/api/v1/streaming/user/notification",
                c -> serve(c, StreamClient.Subscription.of(StreamClient.Kind.USER_NOTIFICATION)));
        r.sse("/api/v1/streaming/direct", c -> serve(c, StreamClient.Subscription.of(StreamClient.Kind.DIRECT)));
        r.sse("/api/v1/streaming/public", c -> serve(c, StreamClient.Subscription.of(StreamClient.Kind.PUBLIC)));
        r.sse(
                "/api/v1/streaming/public/local",
                c -> serve(c, StreamClient.Subscription.of(StreamClient.Kind.PUBLIC_LOCAL)));
        r.sse(
                "/api/v1/streaming/hashtag",
                c -> serve(
                        c,
                        new StreamClient.Subscription(
                                StreamClient.Kind.HASHTAG, tag(c.ctx().queryParam("tag")))));
        r.sse(
                "/api/v1/streaming/hashtag/local",
                c -> serve(
                        c,
                        new StreamClient.Subscription(
                                StreamClient.Kind.HASHTAG_LOCAL, tag(c.ctx().queryParam("tag")))));
        r.sse(
                "/api/v1/streaming/list",
                c -> serve(
                        c,
                        new StreamClient.Subscription(
                                StreamClient.Kind.LIST,
                                list(Web.viewer(c.ctx()), c.ctx().queryParam("list")))));
        r.sse("/live", c -> serve(c, StreamClient.Subscription.of(StreamClient.Kind.LIVE)));
        r.ws("/api/v1/streaming", ws -> {
            ws.onConnect(this::connect);
            ws.onMessage(this::message);
            ws.onClose(ctx -> {
                sinks.remove(ctx.sessionId());
                StreamClient c = sockets.remove(ctx.sessionId());
                if (c != null) hub.end(c);
            });
            ws.onError(ctx -> {
                sinks.remove(ctx.sessionId());
                StreamClient c = sockets.remove(ctx.sessionId());
                if (c != null) hub.end(c);
            });
        });
    }

    private void serve(SseClient client, StreamClient.Subscription subscription) {
        Viewer v = Web.viewer(client.ctx());
        // The request's thread is handed back at once: the hub's own threads deliver, and the response
        // stays open until the stream ends, so an ended stream leaves no idle request thread behind.
        client.keepAlive();
        StreamClient stream;
        try {
            stream = openStream(client, v, subscription);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        client.onClose(() -> hub.end(stream));
    }

    private StreamClient openStream(SseClient client, Viewer v, StreamClient.Subscription subscription) {
        return hub.open(v, List.of(subscription), new StreamClient.Sink() {
            public void send(List<String> stream, String event, String payload) {
                client.sendEvent(event, payload);
                failIfGone();
            }

            public void heartbeat() {
                client.sendComment("thump");
                failIfGone();
            }

            public void close() {
                client.close();
            }

            /**
             * The SSE client swallows a failed write and only marks itself terminated (later writes
             * just log a warning), so the stream is ended here at the first write that failed.
             */
            private void failIfGone() {
                if (client.terminated()) throw new ClientGone();
            }
        });
    }

    /** The client of a stream went away: its delivery loop ends and the hub forgets it. */
    static final class ClientGone extends RuntimeException {
        ClientGone() {
            super("the stream's client went away", null, false, false);
        }
    }

    /** A hashtag as streams name it: lower case, without '#'; anything else is a 422. */
    static String tag(String given) {
        String t = given == null ? "" : given.strip();
        if (t.startsWith("#")) t = t.substring(1);
        if (!TAG.matcher(t).matches()) throw Problem.invalid("tag", "tag must be a hashtag (letters, digits, _)");
        return t.toLowerCase(Locale.ROOT);
    }

    /**
     * The stream a client may have: an unknown name is a 400, a user or list stream without a
     * signed-in viewer a 401, a hashtag stream without a good tag a 422, a list that is not the
     * viewer's a 404 (exactly like a missing one).
     */
    StreamClient.Subscription subscription(Viewer v, String stream, String tag, String list) {
        StreamClient.Kind kind =
                StreamClient.Kind.parse(stream).orElseThrow(() -> Problem.badRequest("Unknown stream type"));
        if ((kind == StreamClient.Kind.USER
                        || kind == StreamClient.Kind.USER_NOTIFICATION
                        || kind == StreamClient.Kind.LIST
                        || kind == StreamClient.Kind.DIRECT)
                && !v.signedIn()) {
            throw Problem.unauthorized("The access token is invalid");
        }
        if (kind == StreamClient.Kind.LIST) {
            if (v.tokenId() != 0 && !Scopes.grants(v.scopes(), LIST_SCOPE)) {
                throw Problem.forbidden("This action is outside the authorized scopes");
            }
            return new StreamClient.Subscription(kind, list(v, list));
        }
        return new StreamClient.Subscription(kind, kind.hashtag() ? tag(tag) : null);
    }

    /** The id of one of the viewer's lists, as a list stream names it; 422 when absent, else 404 unless theirs. */
    String list(Viewer v, String given) {
        if (given == null || given.isBlank()) throw Problem.invalid("list", "list is required");
        long id = social.rapport.core.Ids.parse(given.strip());
        if (id <= 0 || !lists.owns(v.accountId(), id)) throw Problem.notFound();
        return Long.toString(id);
    }

    /** One WebSocket: sends from the delivery thread and from answers to messages never interleave. */
    private static final class Socket implements StreamClient.Sink {
        private final WsContext ctx;

        Socket(WsContext ctx) {
            this.ctx = ctx;
        }

        public synchronized void send(List<String> stream, String event, String payload) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stream", stream);
            m.put("event", event);
            m.put("payload", payload);
            ctx.send(json(m));
        }

        synchronized void error(Problem p) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", p.getMessage());
            m.put("status", p.status());
            ctx.send(json(m));
        }

        public void heartbeat() {
            ctx.sendPing();
        }

        public void close() {
            if (ctx.session.isOpen()) ctx.closeSession(1000, "stream closed");
        }
    }

    private final Map<String, Socket> sinks = new ConcurrentHashMap<>();

    /**
     * The token of a WebSocket upgrade: the Authorization header, else `access_token` in the query, else
     * (as masto.js and Mastodon's web app send it, since a browser's WebSocket cannot set headers) the
     * first entry of Sec-WebSocket-Protocol, which the server echoes back as the chosen protocol.
     */
    static String socketToken(WsContext ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7);
        String query = ctx.queryParam("access_token");
        if (query != null && !query.isBlank()) return query;
        String protocols = ctx.header("Sec-WebSocket-Protocol");
        if (protocols == null) return null;
        for (String p : protocols.split(",")) {
            if (!p.isBlank()) return p.trim();
        }
        return null;
    }

    private void connect(WsContext ctx) {
        Viewer v;
        List<StreamClient.Subscription> initial = new ArrayList<>();
        try {
            String raw = socketToken(ctx);
            v = raw == null || raw.isBlank() ? Viewer.ANONYMOUS : tokens.apply(raw);
            if (v.tokenId() != 0 && !Scopes.grants(v.scopes(), SCOPE)) {
                throw Problem.forbidden("This action is outside the authorized scopes");
            }
            // A stream in the query is subscribed at once; without one, the client subscribes by message.
            String stream = ctx.queryParam("stream");
            if (stream != null) initial.add(subscription(v, stream, ctx.queryParam("tag"), ctx.queryParam("list")));
        } catch (Problem p) {
            ctx.send(json(Map.of("error", p.getMessage(), "status", p.status())));
            ctx.closeSession(1008, p.getMessage());
            return;
        }
        ctx.enableAutomaticPings();
        Socket sink = new Socket(ctx);
        sinks.put(ctx.sessionId(), sink);
        sockets.put(ctx.sessionId(), hub.open(v, initial, sink));
    }

    /**
     * `{"type":"subscribe"|"unsubscribe","stream":…,"tag":…}`. Anything else is answered with an
     * error message on the socket, which stays open with its subscriptions unchanged.
     */
    private void message(WsMessageContext ctx) {
        StreamClient c = sockets.get(ctx.sessionId());
        Socket sink = sinks.get(ctx.sessionId());
        if (c == null || sink == null) return;
        try {
            JsonNode m;
            try {
                m = WebServer.JSON.readTree(ctx.message());
            } catch (java.io.IOException e) {
                throw Problem.badRequest("The message is not valid JSON");
            }
            if (m == null || !m.isObject()) throw Problem.badRequest("The message must be a JSON object");
            String type = text(m, "type");
            if (!"subscribe".equals(type) && !"unsubscribe".equals(type)) {
                throw Problem.badRequest("Unknown message type: the type is subscribe or unsubscribe");
            }
            StreamClient.Subscription sub =
                    subscription(c.viewer(), text(m, "stream"), text(m, "tag"), text(m, "list"));
            if (type.equals("subscribe")) c.subscribe(sub);
            else c.unsubscribe(sub);
        } catch (Problem p) {
            sink.error(p);
        }
    }

    private static String text(JsonNode m, String field) {
        JsonNode n = m.get(field);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static String json(Object o) {
        try {
            return WebServer.JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
