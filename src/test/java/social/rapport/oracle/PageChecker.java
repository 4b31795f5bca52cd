package social.rapport.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.TestServer;

/**
 * The HTML pages as read paths, checked against the model for each viewer: home (first page), the
 * review queue's cards (every post shown must be one the viewer sees), a sample of profile pages,
 * and a sample of thread pages with their link-preview meta tags. Posts are
 * read from the pages by the link each post's time carries to its thread page; a reblog shows its
 * original. A hidden page must be byte for byte the viewer's page for something missing.
 */
final class PageChecker {
    static final int PER_PAGE = 20;
    /** The link on each post's time (other links to a thread, such as action buttons, are not counted). */
    private static final Pattern POST_LINK = Pattern.compile("<a href=\"/@[^\"/]+/(\\d+)\"><time");
    /** The link of each feed item: the post's page (a repost's is its original's). */
    private static final Pattern FEED_ITEM = Pattern.compile("<link>[^<]*/@[^/<]+/(\\d+)</link>");
    /** The link on the time of a quoted post shown inside the post that quotes it. */
    private static final Pattern QUOTED_LINK =
            Pattern.compile("<a class=\"quoted-post\" href=\"/@[^\"/]+/(\\d+)\"><time");

    /** One page request: `path` is home, review, profile:PERSON, feed:PERSON, thread:KEY or embed:KEY. */
    record PageCheck(String path, int viewer) {
        String describe() {
            return "page " + path + " as " + (viewer == 0 ? "anonymous" : "@u" + viewer);
        }
    }

    private final World w;
    private final Driver d;
    private final TestServer server;
    private final Map<Integer, PageClient> clients = new HashMap<>();
    private final Map<String, String> missing = new HashMap<>();
    private final MediaAudit media;
    /** The page the last check read, and for whom its media must be addressed (0: a visitor). */
    private String shown;

    private int shownTo;
    long checks;

    PageChecker(World world, Driver driver, TestServer server, MediaAudit media) {
        this.w = world;
        this.d = driver;
        this.server = server;
        this.media = media;
    }

    /** A page agrees with the model, and so do the media it shows (see {@link MediaAudit#page}). */
    String check(PageCheck c) {
        shown = null;
        String wrong = read(c);
        if (wrong != null || shown == null) return wrong;
        return media.page(shownTo, shown);
    }

    private Http.Res read(int viewer, Http.Res res) {
        if (res.status() == 200) {
            shown = res.body();
            shownTo = viewer;
        }
        return res;
    }

    /** Home for everyone signed in; profiles and threads sampled with the given shares. */
    List<PageCheck> all(long seed, double profileShare, double threadShare) {
        Random r = new Random(seed);
        List<PageCheck> out = new ArrayList<>();
        for (int v = 0; v <= w.people; v++) {
            if (v != 0) out.add(new PageCheck("home", v));
            if (v != 0) out.add(new PageCheck("review", v));
            for (int p = 1; p <= w.people; p++) {
                if (r.nextDouble() < profileShare) out.add(new PageCheck("profile:" + p, v));
                // A feed is the same for everyone: it is read as a visitor sees the profile, whoever asks.
                if (r.nextDouble() < profileShare) out.add(new PageCheck("feed:" + p, v));
            }
            for (int k = 0; k < w.posts.size(); k++) {
                if (r.nextDouble() < threadShare && !w.posts.get(k).isReblog())
                    out.add(new PageCheck("thread:" + k, v));
                if (r.nextDouble() < threadShare) out.add(new PageCheck("embed:" + k, v));
            }
        }
        return out;
    }

    private PageClient client(int person) {
        return clients.computeIfAbsent(person, p -> {
            PageClient c = new PageClient(server);
            if (p == 0) c.get("/");
            else
                c.cookies()
                        .put(
                                "rapport",
                                d.app.webSessions()
                                        .start(d.acct(p), "oracle", "127.0.0.1")
                                        .cookieValue());
            return c;
        });
    }

    private Map<Long, Integer> keys() {
        Map<Long, Integer> out = new HashMap<>();
        d.ids.forEach((key, id) -> out.put(id, key));
        return out;
    }

    /** The viewer's answer for something that does not exist, of the same kind of page. */
    private String missing(int viewer, String kind) {
        String path = switch (kind) {
            case "thread" -> "/@u1/999999999999";
            case "embed" -> "/@u1/999999999999/embed";
            case "feed" -> "/@nobody_at_all.rss";
            default -> "/@nobody_at_all";
        };
        return missing.computeIfAbsent(
                viewer + " " + kind, k -> client(viewer).get(path).body());
    }

    /** The id a page shows for a post: a reblog is shown as its original. */
    private String shown(int key) {
        World.Post p = w.posts.get(key);
        return Long.toString(d.id(p.isReblog() ? p.reblogOf : key));
    }

    private static List<String> ids(String html) {
        return ids(POST_LINK, html);
    }

    private static List<String> ids(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** A quoted post shown inside another must be one the viewer sees; the ids of those that are not. */
    private List<String> hiddenQuotes(int viewer, String html) {
        List<String> wrong = new ArrayList<>();
        for (String id : ids(QUOTED_LINK, html)) {
            checks++;
            Integer key = keys().get(Long.parseLong(id));
            if (key == null || !w.sees(viewer, key)) wrong.add(id);
        }
        return wrong;
    }

    /** Null when the page shows exactly `expected` and no quote the viewer may not see. */
    private String compare(int viewer, List<String> expected, String html) {
        List<String> quotes = hiddenQuotes(viewer, html);
        if (!quotes.isEmpty()) return "shows quoted posts the model hides: " + quotes;
        List<String> actual = ids(html);
        return expected.equals(actual) ? null : "expected " + expected + ", got " + actual;
    }

    private String read(PageCheck c) {
        PageClient b = client(c.viewer());
        if (c.path().equals("home")) {
            List<String> expected =
                    w.home(c.viewer()).stream().limit(PER_PAGE).map(this::shown).toList();
            Http.Res res = read(c.viewer(), b.get("/"));
            checks += 1 + expected.size();
            if (res.status() != 200) return "answered " + res.status();
            return compare(c.viewer(), expected, res.body());
        }
        if (c.path().equals("review")) {
            // The research cards show a few recent posts of each person: every one must be one the viewer sees.
            Http.Res res = read(c.viewer(), b.get("/review"));
            checks++;
            if (res.status() != 200) return "answered " + res.status();
            List<String> wrong = new ArrayList<>();
            for (String id : ids(res.body())) {
                checks++;
                Integer key = keys().get(Long.parseLong(id));
                if (key == null || !w.sees(c.viewer(), key)) wrong.add(id);
            }
            wrong.addAll(hiddenQuotes(c.viewer(), res.body()));
            return wrong.isEmpty() ? null : "shows posts the model hides: " + wrong;
        }
        if (c.path().startsWith("profile:")) {
            int person = Integer.parseInt(c.path().substring(8));
            List<Integer> keys = w.profile(c.viewer(), person);
            Http.Res res = read(c.viewer(), b.get("/@u" + person));
            checks++;
            if (keys == null) return hidden(res, c.viewer(), "profile");
            if (res.status() != 200) return "expected 200, got " + res.status();
            List<String> expected =
                    keys.stream().limit(PER_PAGE).map(this::shown).toList();
            checks += expected.size();
            return compare(c.viewer(), expected, res.body());
        }
        if (c.path().startsWith("feed:")) {
            int person = Integer.parseInt(c.path().substring(5));
            List<Integer> keys = w.profile(0, person);
            Http.Res res = read(0, b.get("/@u" + person + ".rss"));
            checks++;
            if (keys == null) return hidden(res, c.viewer(), "feed");
            if (res.status() != 200) return "expected 200, got " + res.status();
            List<String> expected =
                    keys.stream().limit(PER_PAGE).map(this::shown).toList();
            checks += expected.size();
            List<String> actual = ids(FEED_ITEM, res.body());
            return expected.equals(actual) ? null : "feed: expected " + expected + ", got " + actual;
        }
        if (c.path().startsWith("embed:")) {
            // Embedded elsewhere, a post is shown only when a visitor may see it, whoever asks.
            int key = Integer.parseInt(c.path().substring(6));
            World.Post p = w.posts.get(key);
            String id = Long.toString(d.id(key));
            Http.Res res = read(0, b.get("/@u" + p.author + "/" + id + "/embed"));
            checks++;
            if (p.isReblog() || !w.sees(0, key)) return hidden(res, c.viewer(), "embed");
            if (res.status() != 200) return "expected 200, got " + res.status();
            List<String> quotes = hiddenQuotes(0, res.body());
            return quotes.isEmpty() ? null : "the embed shows quoted posts a visitor may not see: " + quotes;
        }
        int key = Integer.parseInt(c.path().substring(7));
        World.Post p = w.posts.get(key);
        String id = Long.toString(d.id(key));
        Http.Res res = read(c.viewer(), b.get("/@u" + p.author + "/" + id));
        checks++;
        if (!w.sees(c.viewer(), key)) return hidden(res, c.viewer(), "thread");
        if (res.status() != 200) return "expected 200, got " + res.status();
        List<String> expected = new ArrayList<>();
        for (int k : w.ancestors(key)) if (w.sees(c.viewer(), k)) expected.add(shown(k));
        expected.add(id);
        for (int k : w.descendants(key).stream().sorted().toList()) if (w.sees(c.viewer(), k)) expected.add(shown(k));
        checks += expected.size() + 1;
        String html = res.body();
        String head = html.substring(0, Math.max(0, html.indexOf("</head>")));
        if (!head.contains("<meta property=\"og:url\" content=\"")
                || !head.contains("/@u" + p.author + "/" + id + "\">")
                || !head.contains("og:title")
                || !head.contains("og:description")
                || !head.contains("twitter:card")) {
            return "the link-preview meta tags are missing or name another post";
        }
        return compare(c.viewer(), expected, html);
    }

    private String hidden(Http.Res res, int viewer, String kind) {
        checks++;
        if (res.status() != 404) return "expected 404, got " + res.status();
        if (res.body().contains("og:")) return "a hidden page carries link-preview meta tags";
        return res.body().equals(missing(viewer, kind))
                ? null
                : "the 404 page differs from the one for a missing " + kind;
    }
}
