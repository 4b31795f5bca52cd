package social.rapport.push;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's push subscription endpoints: one subscription for the access token that asks. */
final class PushRoutes implements Routes {
    private static final String PATH = "/api/v1/push/subscription";
    private final PushSubscriptions subscriptions;
    private final Vapid vapid;

    PushRoutes(PushSubscriptions subscriptions, Vapid vapid) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
    }

    /**
     * Mastodon's WebPushSubscription entity; `standard` says whether messages are RFC 8291's
     * `aes128gcm` (asked for with `subscription[standard]=true`) or the older `aesgcm`.
     */
    record Entity(
            String id,
            String endpoint,
            boolean standard,
            Map<String, Boolean> alerts,
            String policy,
            String serverKey) {}

    @Override
    public void register(RoutesConfig r) {
        r.post(PATH, this::subscribe);
        r.get(PATH, ctx -> {
            Viewer v = viewer(ctx);
            ctx.json(entity(subscriptions.show(v.tokenId()).orElseThrow(Problem::notFound)));
        });
        r.put(PATH, ctx -> {
            Viewer v = viewer(ctx);
            Params p = Params.of(ctx);
            JsonNode data = p.node("data");
            Map<String, Boolean> alerts = PushSubscriptions.alerts(data);
            String policy = policy(p, data);
            ctx.json(entity(subscriptions.update(v.tokenId(), alerts, policy)));
        });
        r.delete(PATH, ctx -> {
            Viewer v = viewer(ctx);
            subscriptions.unsubscribe(v.tokenId());
            ctx.json(Map.of());
        });
    }

    private void subscribe(Context ctx) {
        Viewer v = viewer(ctx);
        Params p = Params.of(ctx);
        JsonNode sub = p.node("subscription");
        if (sub != null && !sub.isObject()) throw Problem.invalid("subscription", "subscription must be an object");
        JsonNode keys = sub == null ? null : sub.get("keys");
        JsonNode data = p.node("data");
        Map<String, Boolean> alerts = PushSubscriptions.alerts(data);
        String policy = policy(p, data);
        JsonNode standard = sub == null ? null : sub.get("standard");
        PushSubscriptions.Request req = new PushSubscriptions.Request(
                text(sub, "endpoint"),
                text(keys, "p256dh"),
                text(keys, "auth"),
                alerts,
                policy,
                standard != null && !standard.isNull() && PushSubscriptions.bool("subscription[standard]", standard));
        ctx.json(entity(subscriptions.subscribe(v.accountId(), v.tokenId(), bearer(ctx), req)));
    }

    /** The policy as `data[policy]`, or as `policy` beside `data`, which some apps send. */
    private static String policy(Params p, JsonNode data) {
        if (data != null && !data.isObject()) throw Problem.invalid("data", "data must be an object");
        String inData = PushSubscriptions.policy(data);
        if (inData != null || !p.has("policy")) return inData;
        return PushSubscriptions.policy(new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("policy", p.string("policy")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null || !n.isObject() ? null : n.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }

    /** Push belongs to an app's access token, with the `push` scope. */
    private static Viewer viewer(Context ctx) {
        Viewer v = Web.user(ctx, "push");
        if (v.tokenId() == 0) throw Problem.unauthorized("The access token is invalid");
        return v;
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Problem.unauthorized("The access token is invalid");
        }
        return h.substring(7).trim();
    }

    private Entity entity(Subscription s) {
        return new Entity(
                Long.toString(s.id()),
                s.endpoint(),
                s.standard(),
                new LinkedHashMap<>(s.alerts()),
                s.policy(),
                vapid.publicKey());
    }
}
