package social.rapport.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import social.rapport.status.PostStatus;
import social.rapport.testing.TestServer;

/**
 * Streaming as a read path: some viewers hold server-sent event streams (user, public) open while
 * the end of the story plays. After each step a probe account posts a public probe that every
 * stream receives; streams deliver in order, so when the probe arrives everything the step caused
 * has been rendered, and nothing else changed meanwhile. What each stream carried for the step is
 * then compared with the model at that moment: exactly the posts that belong to the viewer's home
 * (user stream) or public listing (public stream), and only notifications the model lets them see;
 * the media in what they carry are checked as on any other read path ({@link MediaAudit}).
 */
final class StreamWatcher implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_SECONDS = 30;

    record Message(String event, String data) {}

    /** One open stream: whose, which, and what arrived. */
    private final class Watched {
        final int viewer;
        final boolean user;
        final BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
        final Set<String> carried = new HashSet<>();

        Watched(int viewer, boolean user) {
            this.viewer = viewer;
            this.user = user;
        }

        String describe() {
            return (user ? "user" : "public") + " stream of " + (viewer == 0 ? "anonymous" : "@u" + viewer);
        }
    }

    private final World w;
    private final Driver d;
    private final TestServer server;
    private final int probe;
    private final List<Watched> streams = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<java.util.concurrent.CompletableFuture<?>> open = new ArrayList<>();
    private final Map<Long, Integer> keys = new java.util.HashMap<>();
    private final Map<Integer, Integer> people = new java.util.HashMap<>();
    private int versionsBefore;
    final List<String> mismatches = new ArrayList<>();
    long checks;

    /** `probe` is an account outside the model that posts the probes; user-stream viewers follow it. */
    StreamWatcher(
            World world,
            Driver driver,
            TestServer server,
            int probe,
            Map<Integer, String> tokens,
            List<Integer> userViewers,
            List<Integer> publicViewers) {
        this.w = world;
        this.d = driver;
        this.server = server;
        this.probe = probe;
        for (int p = 1; p <= world.people; p++) people.put(driver.acct(p), p);
        for (int v : userViewers) {
            driver.app.relations().followAccount().follow(driver.acct(v), probe, null);
            subscribe(new Watched(v, true), "/api/v1/streaming/user", tokens.get(driver.acct(v)));
        }
        for (int v : publicViewers) {
            subscribe(new Watched(v, false), "/api/v1/streaming/public", v == 0 ? null : tokens.get(driver.acct(v)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (driver.app.notifications().streams().openCount() < streams.size() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (driver.app.notifications().streams().openCount() < streams.size()) {
            throw new IllegalStateException("the streams did not open");
        }
        collect(null);
    }

    private void subscribe(Watched s, String path, String token) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", "text/event-stream");
        if (token != null) b.header("Authorization", "Bearer " + token);
        streams.add(s);
        open.add(
                client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> read(s, r.body())));
    }

    private static void read(Watched s, Stream<String> lines) {
        String[] event = {null};
        StringBuilder data = new StringBuilder();
        lines.forEach(line -> {
            if (line.startsWith("event:")) event[0] = line.substring(6).strip();
            else if (line.startsWith("data:"))
                data.append(data.length() == 0 ? "" : "\n")
                        .append(line.substring(5).strip());
            else if (line.isEmpty() && event[0] != null) {
                s.inbox.add(new Message(event[0], data.toString()));
                event[0] = null;
                data.setLength(0);
            }
        });
    }

    /** Call before each watched step is played. */
    void before(Step step) {
        versionsBefore = step instanceof Step.Act a ? w.posts.get(a.target()).versions : 0;
    }

    /** Call after each watched step: waits for the probe, then compares what arrived with the model. */
    void after(Step step) {
        d.ids.forEach((key, id) -> keys.put(id, key));
        Map<Watched, List<Message>> got = collect(step);
        for (Watched s : streams) {
            Set<String> expected = new TreeSet<>();
            int made = -1;
            String event = "update";
            if (step instanceof Step.Publish p && d.ids.containsKey(p.key())) made = p.key();
            if (step instanceof Step.Act a && a.verb().equals("reblog") && d.ids.containsKey(a.key())) made = a.key();
            if (step instanceof Step.Act a
                    && a.verb().equals("edit")
                    && w.posts.get(a.target()).versions > versionsBefore) {
                made = a.target();
                event = "status.update";
            }
            if (made >= 0 && (s.user ? w.home(s.viewer) : w.listed(s.viewer, null)).contains(made)) {
                expected.add(event + " " + d.id(made));
            }
            Set<String> actual = new TreeSet<>();
            for (Message m : got.get(s)) {
                String wrong = message(s, m, actual);
                checks++;
                if (wrong != null)
                    mismatches.add("step \"" + step.describe() + "\" on the " + s.describe() + ": " + wrong);
            }
            checks++;
            if (!expected.equals(actual)) {
                mismatches.add("step \"" + step.describe() + "\" on the " + s.describe() + ": expected " + expected
                        + ", got " + actual);
            }
        }
    }

    /** Checks one message on its own; posts go to `posts` for the comparison with the step's expectation. */
    private String message(Watched s, Message m, Set<String> posts) {
        try {
            switch (m.event()) {
                case "update", "status.update" -> {
                    JsonNode st = JSON.readTree(m.data());
                    posts.add(m.event() + " " + st.get("id").asText());
                    s.carried.add(st.get("id").asText());
                    return d.media == null ? null : d.media.streamed(s.viewer, st);
                }
                case "delete" -> {
                    return s.carried.contains(m.data())
                            ? null
                            : "deletion of a post this stream never carried: " + m.data();
                }
                case "notification" -> {
                    if (!s.user) return "a notification on a public stream";
                    JsonNode n = JSON.readTree(m.data());
                    Integer from = people.get(n.get("account").get("id").asInt());
                    if (from == null) return "a notification from an account outside the story";
                    int key = -1;
                    JsonNode st = n.get("status");
                    if (st != null && !st.isNull()) {
                        key = keys.getOrDefault(st.get("id").asLong(), -2);
                        if (key == -2) return "a notification about a post the story never made";
                    }
                    if (!w.showsNotification(s.viewer, from, key))
                        return "a notification the model hides: "
                                + n.get("type").asText() + " from @u" + from;
                    return d.media == null ? null : d.media.streamed(s.viewer, n);
                }
                default -> {
                    return "an unknown event " + m.event();
                }
            }
        } catch (java.io.IOException e) {
            return "not JSON: " + m.data();
        }
    }

    /** Posts a probe, waits until every stream has it, deletes it; answers what each stream got before it. */
    private Map<Watched, List<Message>> collect(Step step) {
        long id = d.app.posts()
                .services()
                .post()
                .post(
                        probe,
                        new PostStatus.Request(
                                "probe", null, null, false, null, "public", List.of(), List.of(), null, null, null))
                .id();
        String probeId = Long.toString(id);
        Map<Watched, List<Message>> out = new java.util.HashMap<>();
        for (Watched s : streams) {
            List<Message> got = new ArrayList<>();
            while (true) {
                Message m;
                try {
                    m = s.inbox.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (m == null)
                    throw new IllegalStateException("the " + s.describe() + " did not deliver the probe after "
                            + (step == null ? "opening" : "\"" + step.describe() + "\""));
                if (m.event().equals("update") && m.data().contains("\"id\":\"" + probeId + "\"")) break;
                if (m.event().equals("delete") && probes.contains(m.data())) continue;
                got.add(m);
            }
            out.put(s, got);
        }
        probes.add(probeId);
        d.app.posts().services().delete().delete(probe, id);
        return out;
    }

    private final Set<String> probes = new HashSet<>();

    @Override
    public void close() {
        for (var f : open) f.cancel(true);
    }
}
