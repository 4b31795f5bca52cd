package social.rapport.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import social.rapport.app.App;
import social.rapport.testing.Http;
import social.rapport.testing.PushReceiver;
import social.rapport.testing.TestServer;

/**
 * Web Push payloads as a read path. Every person subscribes before the story, with every alert on
 * (half of them asking for RFC 8291 messages, half for the older encoding), so what the story
 * notifies is pushed live to a receiver on loopback that decrypts it. After the story:
 *
 * <ul>
 *   <li>every message pushed live names a notification of the person whose token it carries, of
 *       the type stored, and never one the notification policy filtered;
 *   <li>then a message is queued again for every stored notification, as if each had been waiting
 *       while the story changed the world, and exactly those the model lets their recipient see
 *       now arrive: the sender asks the same reads as the API at the moment it sends.
 * </ul>
 */
final class PushPayloads implements AutoCloseable {
    private final TestServer server;
    private final App app;
    private final Map<Integer, String> tokens;
    private final PushReceiver receiver;
    /** Access token → account id. */
    private final Map<String, Integer> owners = new HashMap<>();
    /** The notification types a subscription can ask for, as its entity lists them. */
    private final Set<String> pushable = new HashSet<>();

    long checks;
    final List<String> mismatches = new ArrayList<>();

    PushPayloads(TestServer server, Map<Integer, String> tokens) {
        this.server = server;
        this.app = server.app();
        this.tokens = tokens;
        String key = server.http()
                .get("/api/v2/instance")
                .json()
                .at("/configuration/vapid/public_key")
                .asText();
        try {
            this.receiver = new PushReceiver(key);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the push receiver", e);
        }
    }

    /** Subscribes every person's token with every alert on; alternately standard or not. */
    void subscribeAll() {
        boolean standard = true;
        for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(tokens).entrySet()) {
            owners.put(e.getValue(), e.getKey());
            Map<String, Object> alerts = new LinkedHashMap<>();
            for (String t : List.of(
                    "mention",
                    "status",
                    "reblog",
                    "follow",
                    "follow_request",
                    "favourite",
                    "poll",
                    "update",
                    "quote",
                    "invitation",
                    "invitation_accepted",
                    "claim",
                    "recommendation")) alerts.put(t, true);
            Map<String, Object> sub = Http.map(
                    "endpoint",
                    receiver.endpoint(),
                    "keys",
                    Http.map("p256dh", receiver.p256dh(), "auth", receiver.auth()),
                    "standard",
                    standard);
            Http.Res r = server.http()
                    .postJson(
                            "/api/v1/push/subscription",
                            e.getValue(),
                            Http.map("subscription", sub, "data", Http.map("alerts", alerts, "policy", "all")));
            if (r.status() != 200) throw new IllegalStateException("cannot subscribe: " + r);
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            r.json().get("alerts").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> a = it.next();
                if (a.getValue().asBoolean()) pushable.add(a.getKey());
            }
            standard = !standard;
        }
    }

    /** Checks the live messages, then queues every notification again and checks what arrives. */
    void check(List<Checker.Row> rows, java.util.function.Predicate<Checker.Row> shown) {
        drain();
        Map<Long, Checker.Row> byId = new HashMap<>();
        for (Checker.Row r : rows) byId.put(r.id(), r);
        for (PushReceiver.Message m : receiver.received()) {
            checks++;
            String wrong = live(m, byId);
            if (wrong != null) mismatches.add("push payload sent live: " + wrong);
        }

        Map<Integer, Long> subscriptions = new HashMap<>();
        app.db()
                .read(h -> h.createQuery("SELECT id, account_id FROM push_subscriptions")
                        .map((rs, ctx) -> subscriptions.put(rs.getInt(2), rs.getLong(1)))
                        .list());
        int before = receiver.received().size();
        Set<String> expected = new TreeSet<>();
        long now = app.db().clock().millis();
        app.db().writeVoid(tx -> {
            for (Checker.Row r : rows) {
                Long sub = subscriptions.get(r.account());
                if (sub == null || !pushable.contains(r.type())) continue;
                tx.handle()
                        .createUpdate("INSERT INTO push_deliveries (subscription_id, notification_id, attempts,"
                                + " next_at, created_at) VALUES (:s, :n, 0, :t, :t)")
                        .bind("s", sub)
                        .bind("n", r.id())
                        .bind("t", now)
                        .execute();
                if (shown.test(r)) expected.add(r.account() + "/" + r.id() + "/" + r.type());
            }
        });
        drain();
        Set<String> actual = new TreeSet<>();
        List<PushReceiver.Message> all = receiver.received();
        for (PushReceiver.Message m : all.subList(before, all.size())) {
            Integer owner = owners.get(m.payload().path("access_token").asText());
            actual.add(owner + "/" + m.payload().path("notification_id").asText() + "/"
                    + m.payload().path("notification_type").asText());
        }
        checks += expected.size() + 1;
        if (!expected.equals(actual)) {
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            mismatches.add("push payloads queued again (account/notification/type): pushed but hidden " + extra
                    + ", visible but not pushed " + missing);
        }
    }

    private String live(PushReceiver.Message m, Map<Long, Checker.Row> byId) {
        Integer owner = owners.get(m.payload().path("access_token").asText());
        long id = m.payload().path("notification_id").asLong();
        if (owner == null) return "a message carries a token nobody subscribed with";
        Checker.Row row = byId.get(id);
        // A notification removed since (its post deleted) was pushed while it existed.
        if (row == null) return null;
        if (row.account() != owner)
            return "notification " + id + " of account " + row.account() + " pushed to " + owner;
        if (row.filtered()) return "notification " + id + " was filtered by the policy and pushed anyway";
        if (!row.type().equals(m.payload().path("notification_type").asText()))
            return "notification " + id + " is a " + row.type() + ", pushed as " + m.payload();
        return null;
    }

    /** Waits until nothing is queued and every message queued has been answered, at most a minute. */
    private void drain() {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            long queued = app.db()
                    .read(h -> h.createQuery("SELECT COUNT(*) FROM push_deliveries")
                            .mapTo(Long.class)
                            .one());
            if (queued == 0) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for push messages", e);
            }
        }
        throw new IllegalStateException("push messages still queued after a minute");
    }

    @Override
    public void close() {
        receiver.close();
    }
}
