package social.rapport.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Subscribing an access token to Web Push: one subscription per token, replaced by subscribing
 * again. Everything is checked before anything is stored, so bad input changes nothing.
 */
final class PushSubscriptions {
    /** What an app asked for: `alerts` holds only the types it named; `policy` is null when not given. */
    record Request(
            String endpoint,
            String p256dh,
            String auth,
            Map<String, Boolean> alerts,
            String policy,
            boolean standard) {}

    private final Database db;
    private final PushStore store;
    private final Endpoints endpoints;

    PushSubscriptions(Database db, PushStore store, Endpoints endpoints) {
        this.db = db;
        this.store = store;
        this.endpoints = endpoints;
    }

    Subscription subscribe(int accountId, long tokenId, String accessToken, Request r) {
        if (endpoints.check(r.endpoint()) == null) {
            throw Problem.invalid("subscription[endpoint]", "endpoint must be an https address of a push service");
        }
        byte[] p256dh = Keys.unb64(r.p256dh());
        if (Keys.decode(p256dh) == null) {
            throw Problem.invalid("subscription[keys][p256dh]", "p256dh must be a P-256 public key in base64url");
        }
        byte[] auth = Keys.unb64(r.auth());
        if (auth == null || auth.length != 16) {
            throw Problem.invalid("subscription[keys][auth]", "auth must be 16 bytes in base64url");
        }
        Map<String, Boolean> alerts = new LinkedHashMap<>();
        for (String t : Subscription.TYPES)
            alerts.put(t, Boolean.TRUE.equals(r.alerts().get(t)));
        String policy = r.policy() == null ? "all" : r.policy();
        Subscription s = new Subscription(
                0,
                tokenId,
                accountId,
                r.endpoint().trim(),
                Keys.b64(p256dh),
                Keys.b64(auth),
                alerts,
                policy,
                accessToken,
                r.standard());
        long id = db.write(tx -> store.replace(tx, s));
        return show(tokenId).orElseThrow(() -> new IllegalStateException("subscription " + id + " vanished"));
    }

    /** Changes the alerts named and the policy when given; the rest stays. */
    Subscription update(long tokenId, Map<String, Boolean> alerts, String policy) {
        Subscription s = show(tokenId).orElseThrow(Problem::notFound);
        Map<String, Boolean> merged = new LinkedHashMap<>(s.alerts());
        merged.putAll(alerts);
        db.writeVoid(tx -> store.update(tx, s.id(), merged, policy == null ? s.policy() : policy));
        return show(tokenId).orElseThrow(Problem::notFound);
    }

    Optional<Subscription> show(long tokenId) {
        return db.read(h -> store.byToken(h, tokenId));
    }

    void unsubscribe(long tokenId) {
        db.writeVoid(tx -> store.deleteByToken(tx, tokenId));
    }

    /** `data[alerts][type]` as booleans; an unknown type is ignored, as Mastodon does. */
    static Map<String, Boolean> alerts(JsonNode data) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        JsonNode a = data == null ? null : data.get("alerts");
        if (a == null || a.isNull()) return out;
        if (!a.isObject()) throw Problem.invalid("data[alerts]", "alerts must map notification types to booleans");
        for (String t : Subscription.TYPES) {
            JsonNode v = a.get(t);
            if (v == null || v.isNull()) continue;
            out.put(t, bool("data[alerts][" + t + "]", v));
        }
        return out;
    }

    static String policy(JsonNode data) {
        JsonNode p = data == null ? null : data.get("policy");
        if (p == null || p.isNull()) return null;
        if (!p.isTextual() || !Subscription.POLICIES.contains(p.asText())) {
            throw Problem.invalid("data[policy]", "policy must be all, followed, follower or none");
        }
        return p.asText();
    }

    static boolean bool(String name, JsonNode v) {
        if (v.isBoolean()) return v.booleanValue();
        if (!v.isValueNode()) throw Problem.invalid(name, name + " must be true or false");
        return switch (v.asText().toLowerCase()) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no", "" -> false;
            default -> throw Problem.invalid(name, name + " must be true or false");
        };
    }
}
