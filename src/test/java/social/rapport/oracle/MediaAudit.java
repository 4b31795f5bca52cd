package social.rapport.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import social.rapport.testing.Http;
import social.rapport.testing.Jpegs;
import social.rapport.testing.Multipart;
import social.rapport.testing.TestServer;

/**
 * Media as a read path. Some posts carry photos, uploaded over the API as an app does. Wherever a
 * post is shown (every answer a reader gives, every page), its media must be exactly its own, with
 * its alt text and blurhash, and only in posts the model lets the viewer see; each address shown
 * must be stable when a signed-out visitor may see the post and signed for the viewer otherwise, and
 * must load without a token. At the end of the story, every address anyone was shown (when a post
 * was published, and its upload's) works exactly while the model lets its viewer see the post; and
 * no other address of a restricted post's media works: not the stable one, not one signed with the
 * server's own key for anyone the model hides the post from, not a tampered or expired one. Each of
 * those answers the 404 of a missing file, byte for byte.
 */
final class MediaAudit {
    /** Files on pages: `/media/KEY/NAME`, with the signed address's query when there is one. */
    private static final Pattern ON_PAGE = Pattern.compile("/media/([0-9a-f]{32})/([a-z0-9.]+)(\\?[^\"\\s<]*)?");

    /** One upload: the post that carries it (-1 while none does), and what its files are called. */
    static final class Item {
        final String id;
        final int author;
        final int index;
        final String fileKey;
        final List<String> names;
        final String description;
        final String blurhash;
        int key = -1;

        Item(
                String id,
                int author,
                int index,
                String fileKey,
                List<String> names,
                String description,
                String blurhash) {
            this.id = id;
            this.author = author;
            this.index = index;
            this.fileKey = fileKey;
            this.names = names;
            this.description = description;
            this.blurhash = blurhash;
        }
    }

    /** An address shown to a viewer (0: signed out) while the story played, as a local path. */
    private record Sighting(int viewer, Item item, String path) {}

    private final World w;
    private final Driver d;
    private final TestServer server;
    private final Map<Integer, String> tokens;
    private final Map<String, Item> byId = new LinkedHashMap<>();
    private final Map<String, Item> byFileKey = new HashMap<>();
    private final java.util.Set<Sighting> sightings = new java.util.LinkedHashSet<>();
    private final ServiceReader reader;
    private final Map<String, Integer> loaded = new HashMap<>();
    private final Map<Integer, Integer> people = new HashMap<>();
    private Map<Long, Integer> keys;
    /** What the answers inspected since the last {@link #drain} got wrong. */
    private final List<String> problems = new ArrayList<>();

    long checks;
    /** Time spent uploading, reading posts for their addresses while the story played, and checking addresses at its end. */
    private long uploadNanos;

    private long sightNanos;
    private long verifyNanos;

    MediaAudit(World world, Driver driver, TestServer server, Map<Integer, String> tokens) {
        this.w = world;
        this.d = driver;
        this.server = server;
        this.tokens = tokens;
        this.reader = new ServiceReader(driver.app);
        for (int p = 1; p <= world.people; p++) people.put(driver.acct(p), p);
    }

    /** How many photos a post carries, by its key, so the story's random draws stay as they were. */
    static int photos(int key) {
        return key % 13 == 6 ? 1 + (key / 13) % 2 : 0;
    }

    static String description(int key, int index) {
        return "Alt text of post " + key + " photo " + index;
    }

    /** Uploads the post's photos as its author, through `POST /api/v2/media`; their ids. */
    List<String> upload(int author, int key) {
        long t0 = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < photos(key); i++) {
            int disc = Color.HSBtoRGB(((key * 7 + i * 3) % 31) / 31f, 0.9f, 0.95f) & 0xffffff;
            Multipart m = new Multipart()
                    .field("description", description(key, i))
                    .file("file", "photo.jpg", "image/jpeg", Jpegs.photo(40 + key % 5 * 8, 30, disc));
            Http.Res r = server.http()
                    .sendBytes(
                            "POST", "/api/v2/media", tokens.get(d.acct(author)), m.contentType(), m.body(), Map.of());
            d.checks++;
            if (r.status() != 200) {
                d.mismatches.add("uploading photo " + i + " of #" + key + " answered " + r.status());
                continue;
            }
            JsonNode e = r.json();
            String url = local(e.get("url").asText());
            String preview = local(e.get("preview_url").asText());
            Item it = new Item(
                    e.get("id").asText(),
                    author,
                    i,
                    url.split("/")[2],
                    List.of(name(url), name(preview)),
                    description(key, i),
                    e.get("blurhash").asText());
            byId.put(it.id, it);
            byFileKey.put(it.fileKey, it);
            // The upload's own addresses, made for its uploader.
            sightings.add(new Sighting(author, it, url));
            sightings.add(new Sighting(author, it, preview));
            ids.add(it.id);
        }
        uploadNanos += System.nanoTime() - t0;
        return ids;
    }

    /** The post took its uploads: remembers the addresses each viewer who may see it is shown now. */
    void published(int key, List<String> ids) {
        for (String id : ids) byId.get(id).key = key;
        for (int v = 0; v <= w.people; v++) sight(v, key);
    }

    /**
     * Before a step that may narrow who sees what (an unfollow, a disconnection or a block between
     * `a` and `b`): each remembers the addresses of the media they are shown now, which must stop
     * working if the step takes the post from them.
     */
    void beforeNarrowing(int a, int b) {
        for (Item it : byId.values()) {
            if (it.key < 0 || it.index > 0) continue;
            sight(a, it.key);
            sight(b, it.key);
        }
    }

    /** Before a post is deleted: everyone who sees its media remembers their addresses. */
    void beforeDeleting(int key) {
        if (photos(key) == 0) return;
        for (int v = 0; v <= w.people; v++) sight(v, key);
    }

    /** Remembers the addresses of the post's media as `viewer` is shown them now, when the model lets them see it. */
    private void sight(int viewer, int key) {
        if (viewer < 0 || !w.sees(viewer, key)) return;
        long t0 = System.nanoTime();
        Reader.Answer a = reader.status(viewer == 0 ? 0 : d.acct(viewer), d.id(key));
        sightNanos += System.nanoTime() - t0;
        if (a.status() != 200) return; // the status check reports it
        for (JsonNode m : a.body().get("media_attachments")) {
            Item it = byId.get(m.get("id").asText());
            if (it == null) continue; // inspect() reports it
            sightings.add(new Sighting(viewer, it, local(m.get("url").asText())));
            sightings.add(new Sighting(viewer, it, local(m.get("preview_url").asText())));
        }
    }

    /** Must the files answer an address signed for `viewer`, or with 0 the stable one, now? */
    private boolean serves(Item it, int viewer) {
        if (viewer < 0) return false;
        if (it.key < 0) return viewer != 0 && viewer == it.author;
        return w.sees(viewer, it.key);
    }

    /** The reader, with every answer's media inspected as shown to the viewer it was asked for. */
    Reader watching(Reader r) {
        return (Reader) Proxy.newProxyInstance(
                Reader.class.getClassLoader(), new Class<?>[] {Reader.class}, (p, m, a) -> {
                    Object out;
                    try {
                        out = m.invoke(r, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (out instanceof Reader.Answer answer && answer.body() != null) {
                        int v = (Integer) a[0];
                        inspect(v == 0 ? 0 : people.getOrDefault(v, -1), answer.body());
                    }
                    return out;
                });
    }

    /** A message a stream carried to `viewer`: its media as for any other answer; what is wrong, or null. */
    String streamed(int viewer, JsonNode message) {
        inspect(viewer, message);
        return drain();
    }

    /** What the answers inspected since the last call got wrong; null when nothing. */
    String drain() {
        if (problems.isEmpty()) return null;
        String out = String.join("; ", problems.subList(0, Math.min(5, problems.size())));
        problems.clear();
        return out;
    }

    /** Every post entity in a body (reblogged, quoted, in a notification too) carries exactly its media. */
    private void inspect(int viewer, JsonNode node) {
        if (node.isArray()) {
            for (JsonNode n : node) inspect(viewer, n);
            return;
        }
        if (!node.isObject()) return;
        if (node.has("media_attachments") && node.has("id")) entity(viewer, node);
        for (JsonNode n : node) if (n.isContainerNode()) inspect(viewer, n);
    }

    private void entity(int viewer, JsonNode e) {
        long id = Long.parseLong(e.get("id").asText());
        if (keys == null || !keys.containsKey(id) && keys.size() != d.ids.size()) {
            // Made again while the story still plays (streams are read then).
            keys = new HashMap<>();
            d.ids.forEach((key, made) -> keys.put(made, key));
        }
        JsonNode shown = e.get("media_attachments");
        Integer key = keys.get(id);
        if (key == null && shown.isEmpty()) return; // a post outside the model (a stream probe)
        checks++;
        List<String> expected = new ArrayList<>();
        if (key != null) for (Item it : byId.values()) if (it.key == key) expected.add(it.id);
        List<String> actual = new ArrayList<>();
        shown.forEach(m -> actual.add(m.get("id").asText()));
        String post = key == null ? "post " + e.get("id").asText() : "#" + key;
        if (!expected.equals(actual)) {
            problems.add("media of " + post + ": expected " + expected + ", got " + actual);
            return;
        }
        if (key != null && !w.sees(viewer, key)) {
            problems.add("media of " + post + " shown to a viewer the model hides it from");
            return;
        }
        for (JsonNode m : shown) {
            Item it = byId.get(m.get("id").asText());
            checks++;
            if (!it.description.equals(m.get("description").asText())
                    || !it.blurhash.equals(m.get("blurhash").asText()))
                problems.add("media " + it.id + " of " + post + ": another description or blurhash");
            for (String field : new String[] {"url", "preview_url"}) {
                String wrong = shownAddress(viewer, it, local(m.get(field).asText()));
                if (wrong != null) problems.add(field + " of media " + it.id + " of " + post + ": " + wrong);
            }
        }
    }

    /**
     * An address shown to the viewer: stable exactly when a visitor may see the post, else signed for
     * this viewer; and it loads, without a token.
     */
    private String shownAddress(int viewer, Item it, String path) {
        checks++;
        int signedFor = signedFor(path);
        boolean stable = serves(it, 0);
        if (stable != (signedFor == 0))
            return (stable ? "signed" : "stable") + ", the model expects the other: " + path;
        if (!stable && signedFor != viewer) return "signed for @u" + signedFor + ", shown to @u" + viewer;
        int status = loaded.computeIfAbsent(path, p -> server.http().get(p).status());
        return status == 200 ? null : path + " answered " + status;
    }

    /** The person an address was signed for; 0 for a stable one, -1 for one signed for nobody in the model. */
    private int signedFor(String path) {
        Matcher m = Pattern.compile("[?&]viewer=(\\d+)").matcher(path);
        if (!m.find()) return 0;
        return people.getOrDefault(Integer.parseInt(m.group(1)), -1);
    }

    /**
     * The media addresses on a page read by `viewer` (0: as a visitor): each of a post the viewer sees,
     * addressed for them, loading; and no alt text or blurhash of a post they may not see.
     */
    String page(int viewer, String html) {
        List<String> wrong = new ArrayList<>();
        Matcher m = ON_PAGE.matcher(html);
        while (m.find()) {
            String path = m.group().replace("&amp;", "&");
            Item it = byFileKey.get(m.group(1));
            checks++;
            if (it == null || it.key < 0 || !w.sees(viewer, it.key)) {
                wrong.add("shows " + path + " of a post the model hides");
                continue;
            }
            String bad = shownAddress(viewer, it, path);
            if (bad != null) wrong.add(bad);
        }
        List<String> visibleHashes = new ArrayList<>();
        for (Item it : byId.values()) if (it.key >= 0 && w.sees(viewer, it.key)) visibleHashes.add(it.blurhash);
        for (Item it : byId.values()) {
            if (it.key >= 0 && w.sees(viewer, it.key)) continue;
            checks++;
            if (html.contains(it.description) || html.contains(it.blurhash) && !visibleHashes.contains(it.blurhash))
                wrong.add("carries the alt text or blurhash of media " + it.id + ", which the model hides");
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong.subList(0, Math.min(5, wrong.size())));
    }

    /** The end of the story: every address shown, and every address no one may be given. */
    List<String> verify() {
        long t0 = System.nanoTime();
        List<String> wrong = new ArrayList<>();
        Http.Res missing = server.http().get("/media/" + "0".repeat(32) + "/original.jpg");
        byte[] secret = HexFormat.of()
                .parseHex(d.app.db()
                        .read(h -> h.createQuery("SELECT secret FROM media_secrets WHERE id = 1")
                                .mapTo(String.class)
                                .one()));
        long now = System.currentTimeMillis() / 1000;
        for (Sighting s : sightings) {
            int to = signedFor(s.path());
            String what = "media address of " + where(s.item()) + " shown to " + who(s.viewer());
            expect(wrong, what + " (" + (to == 0 ? "stable" : "signed") + ")", s.path(), serves(s.item(), to), missing);
        }
        for (Item it : byId.values()) {
            String of = "media address of " + where(it);
            for (String name : it.names) {
                String stable = "/media/" + it.fileKey + "/" + name;
                expect(wrong, of + " unsigned, " + name, stable, serves(it, 0), missing);
                int permitted = 0;
                int hidden = 0;
                for (int v = 1; v <= w.people; v++) {
                    // Signed with the server's own key, as if any address could be made for anyone.
                    String path = signed(secret, it, name, v, now + 3600);
                    expect(wrong, of + " signed for @u" + v + ", " + name, path, serves(it, v), missing);
                    if (serves(it, v) && permitted == 0) permitted = v;
                    if (!serves(it, v) && hidden == 0) hidden = v;
                }
                if (permitted == 0 || serves(it, 0)) continue;
                String good = signed(secret, it, name, permitted, now + 3600);
                String sig = good.substring(good.indexOf("&sig=") + 5);
                String other = it.names.get(0).equals(name) ? it.names.get(1) : it.names.get(0);
                List<String> tampered = new ArrayList<>(List.of(
                        good.replace("&sig=" + sig, "&sig=" + (sig.charAt(0) == 'A' ? 'B' : 'A') + sig.substring(1)),
                        good.replace("&expires=" + (now + 3600), "&expires=" + (now + 3601)),
                        good.replace("&sig=" + sig, ""),
                        good.replace("/" + name + "?", "/" + other + "?"),
                        signed(secret, it, name, permitted, now - 1)));
                if (hidden != 0) tampered.add(good.replace("viewer=" + d.acct(permitted), "viewer=" + d.acct(hidden)));
                for (String t : tampered) expect(wrong, of + " tampered or expired, " + name, t, false, missing);
            }
        }
        verifyNanos += System.nanoTime() - t0;
        return wrong;
    }

    /** What the media cost this world, for the oracle's log. */
    String timing() {
        return String.format(
                "%d uploads in %.1f s, %d addresses remembered (%.1f s of reads), checked at the end in %.1f s",
                byId.size(), uploadNanos / 1e9, sightings.size(), sightNanos / 1e9, verifyNanos / 1e9);
    }

    private void expect(List<String> wrong, String what, String path, boolean works, Http.Res missing) {
        checks++;
        Http.Res r = server.http().get(path);
        if (works) {
            if (r.status() != 200) wrong.add(what + ": expected 200, got " + r.status() + " for " + path);
        } else if (r.status() != 404) {
            wrong.add(what + ": expected 404, got " + r.status() + " for " + path);
        } else if (!r.body().equals(missing.body())
                || !String.valueOf(r.header("Cache-Control")).equals(String.valueOf(missing.header("Cache-Control")))) {
            wrong.add(what + ": its 404 differs from a missing file's");
        }
    }

    private String signed(byte[] secret, Item it, String name, int viewer, long expires) {
        int account = d.acct(viewer);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal(
                    (it.fileKey + "\n" + name + "\n" + account + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return "/media/" + it.fileKey + "/" + name + "?viewer=" + account + "&expires=" + expires + "&sig="
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(Item it) {
        return it.key < 0 ? "an upload no post took (photo " + it.index + ")" : "#" + it.key + " photo " + it.index;
    }

    private static String who(int viewer) {
        return viewer == 0 ? "anonymous" : "@u" + viewer;
    }

    private static String name(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** The path and query of an address (its host is the configured public address). */
    static String local(String url) {
        URI u = URI.create(url);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
