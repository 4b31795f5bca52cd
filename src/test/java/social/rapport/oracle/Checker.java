package social.rapport.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what a reader answers with what the model says, one check at a time. A check names a
 * path, a viewer (person number, 0 anonymous) and a post key or a listing; it answers null when
 * production agrees, or a description of the difference.
 */
final class Checker {
    static final String[] ACTS = {"favourite", "bookmark", "reblog", "pin", "reply", "quote", "report", "vote"};

    record Check(String path, int viewer, int key, String list) {
        String describe() {
            return path + " as " + (viewer == 0 ? "anonymous" : "@u" + viewer)
                    + (list != null ? " of " + list : " on #" + key);
        }
    }

    /** A notification as stored, read straight from the table: the oracle decides which ones may be shown. */
    record Row(long id, int account, String type, int from, long status, boolean filtered, long createdAt) {}

    private final World w;
    private final Driver d;
    private final List<Row> rows;
    private final java.util.Map<Integer, Integer> people = new java.util.HashMap<>();
    private final java.util.Map<Long, Integer> keys = new java.util.HashMap<>();
    /** When each stored post was made, by production id. */
    private final java.util.Map<Long, Long> created = new java.util.HashMap<>();

    long checks;

    Checker(World world, Driver driver) {
        this.w = world;
        this.d = driver;
        for (int p = 1; p <= world.people; p++) people.put(driver.acct(p), p);
        driver.ids.forEach((key, id) -> keys.put(id, key));
        this.rows = driver
                .app
                .db()
                .read(h -> h.createQuery(
                                "SELECT id, account_id, type, from_account_id, "
                                        + "COALESCE(status_id, 0) AS status_id, filtered, created_at FROM notifications ORDER BY id DESC")
                        .map((rs, ctx) -> new Row(
                                rs.getLong(1),
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getInt(4),
                                rs.getLong(5),
                                rs.getBoolean(6),
                                rs.getLong(7)))
                        .list())
                .stream()
                .filter(r -> people.containsKey(r.account()))
                .toList();
        driver.app
                .db()
                .read(h -> h.createQuery("SELECT id, created_at FROM statuses")
                        .map((rs, ctx) -> {
                            created.put(rs.getLong(1), rs.getLong(2));
                            return null;
                        })
                        .list());
    }

    /** The post key of a stored post id; -2 for an id the story never made (a mismatch in itself). */
    private int key(long statusId) {
        return statusId == 0 ? -1 : keys.getOrDefault(statusId, -2);
    }

    /** The stored notifications of the story's people, newest first. */
    List<Row> rows() {
        return rows;
    }

    /** May the row's recipient see it now, by the model? */
    boolean shown(Row r) {
        int key = key(r.status());
        if (key == -2 || !people.containsKey(r.from())) return false;
        return w.showsNotification(people.get(r.account()), people.get(r.from()), key);
    }

    /** Every check for this world: each path, each viewer, each post or listing. */
    List<Check> all() {
        List<Check> out = new ArrayList<>();
        for (int v = 0; v <= w.people; v++) {
            for (int k = 0; k < w.posts.size(); k++) {
                for (String p :
                        new String[] {"status", "context", "history", "reblogged_by", "favourited_by", "poll"}) {
                    out.add(new Check(p, v, k, null));
                }
                if (v != 0 && !w.sees(v, k)) out.add(new Check("act:" + ACTS[(v + k) % ACTS.length], v, k, null));
            }
            List<String> lists = new ArrayList<>(List.of("public", "tag:t0", "tag:t1", "tag:t2"));
            if (v != 0) lists.addAll(List.of("home", "bookmarks", "favourites"));
            // One's own list page by page; someone else's list answers 404 like a missing one.
            for (int o = 1; o <= w.people && v != 0; o++) if (d.listId(o) != 0) lists.add("list:" + o);
            for (int a = 1; a <= w.people; a++) lists.add("profile:" + a);
            for (String l : lists) out.add(new Check("list", v, -1, l));
            if (v != 0) out.add(new Check("notifications", v, -1, null));
            if (v != 0) out.add(new Check("grouped", v, -1, null));
            out.add(new Check("search", v, -1, null));
            out.add(new Check(PostSearchCheck.PATH, v, -1, null));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int owner = people.get(r.account());
            out.add(new Check("notification", owner, i, null));
            out.add(new Check("notification", i % (w.people + 1) == owner ? 0 : i % (w.people + 1), i, null));
        }
        for (int i = 0; i < w.notes.size(); i++)
            out.add(new Check("predicted", w.notes.get(i).recipient(), i, null));
        for (int v = 0; v <= w.people; v++) {
            for (int a = 1; a <= w.people; a++) {
                for (String p : new String[] {
                    "account", "lookup", "people:followers", "people:following", "people:connections", "introduction"
                }) {
                    out.add(new Check(p, v, a, null));
                }
                if (v != 0 && v != a) {
                    out.add(new Check("people:mutuals", v, a, null));
                    out.add(new Check("relationship", v, a, null));
                }
            }
            if (v != 0) out.add(new Check("network", v, -1, null));
            if (v != 0) out.add(new Check("conversations", v, -1, null));
        }
        return out;
    }

    private int acct(int person) {
        return person == 0 ? 0 : d.acct(person);
    }

    private String id(int key) {
        return Long.toString(d.id(key));
    }

    String check(Reader r, Check c) {
        int v = acct(c.viewer());
        if (c.path().equals("list")) return list(r, c, v);
        if (c.path().equals("notifications")) return notifications(r, c.viewer(), v);
        if (c.path().equals("grouped")) return grouped(r, v);
        if (c.path().equals("notification")) return notification(r, c.viewer(), v, rows.get(c.key()));
        if (c.path().equals("predicted")) return predicted(w.notes.get(c.key()));
        if (c.path().equals("search")) return search(r, c.viewer(), v);
        if (c.path().equals(PostSearchCheck.PATH)) {
            checks++;
            return PostSearchCheck.check(w, r, c.viewer(), v, keys);
        }
        if (c.path().equals("account") || c.path().equals("lookup")) return account(r, c, v);
        if (c.path().startsWith("people:")) return people(r, c, v);
        if (c.path().equals("relationship")) return relationship(r, c, v);
        if (c.path().equals("introduction")) return introduction(r, c, v);
        if (c.path().equals("network")) return network(r, c, v);
        if (c.path().equals("conversations")) return conversations(r, c.viewer(), v);
        long id = d.id(c.key());
        boolean sees = w.sees(c.viewer(), c.key());
        if (c.path().startsWith("act:")) {
            checks++;
            Reader.Answer a = r.act(v, c.path().substring(4), id, d.acct(w.posts.get(c.key()).author));
            return a.status() == 404 ? null : "expected 404, got " + a.status();
        }
        if (c.path().equals("poll")) return poll(r, c.viewer(), v, c.key(), id);
        Reader.Answer a = switch (c.path()) {
            case "status" -> r.status(v, id);
            case "context" -> r.context(v, id);
            case "history" -> r.history(v, id);
            case "reblogged_by" -> r.rebloggedBy(v, id);
            default -> r.favouritedBy(v, id);
        };
        checks++;
        if (a.status() != (sees ? 200 : 404)) return "expected " + (sees ? 200 : 404) + ", got " + a.status();
        if (!sees) return null;
        World.Post p = w.posts.get(c.key());
        World.Post subject = p.isReblog() ? w.posts.get(p.reblogOf) : p;
        return switch (c.path()) {
            case "status" -> status(c.viewer(), subject, a.body());
            case "context" -> context(c.viewer(), subject, a.body());
            case "history" -> same("versions", subject.versions, a.body().size());
            case "reblogged_by" -> same("reblogged_by", accounts(w.rebloggers(c.viewer(), subject.key)), ids(a.body()));
            default -> same("favourited_by", accounts(w.favouriters(c.viewer(), subject.key)), ids(a.body()));
        };
    }

    /**
     * A poll is answered exactly when its post is seen (a reblog's id is no poll), with the viewer's
     * own vote and every vote counted.
     */
    private String poll(Reader r, int viewer, int v, int key, long id) {
        World.Post p = w.posts.get(key);
        boolean shown = w.sees(viewer, key) && !p.isReblog() && p.poll;
        Reader.Answer a = r.poll(v, id);
        checks++;
        if (a.status() != (shown ? 200 : 404)) return "expected " + (shown ? 200 : 404) + ", got " + a.status();
        if (!shown) return null;
        return pollBody(viewer, p, a.body());
    }

    private String pollBody(int viewer, World.Post p, JsonNode poll) {
        List<String> wrong = new ArrayList<>();
        add(wrong, same("poll.id", id(p.key), poll.get("id").asText()));
        add(
                wrong,
                same(
                        "poll.votes_count",
                        w.votesIn(p.key),
                        poll.get("votes_count").asInt()));
        if (viewer != 0) {
            add(
                    wrong,
                    same(
                            "poll.voted",
                            w.votes.contains(List.of(viewer, p.key)),
                            poll.get("voted").asBoolean()));
        }
        checks += 2;
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private String status(int viewer, World.Post s, JsonNode e) {
        JsonNode body = e.get("reblog") != null && !e.get("reblog").isNull() ? e.get("reblog") : e;
        List<String> wrong = new ArrayList<>();
        add(wrong, same("id", id(s.key), body.get("id").asText()));
        add(
                wrong,
                same(
                        "replies_count",
                        w.visibleReplies(viewer, s.key),
                        body.get("replies_count").asInt()));
        add(
                wrong,
                same(
                        "reblogs_count",
                        w.rebloggers(viewer, s.key).size(),
                        body.get("reblogs_count").asInt()));
        add(
                wrong,
                same(
                        "favourites_count",
                        w.favouriters(viewer, s.key).size(),
                        body.get("favourites_count").asInt()));
        World.Post parent = w.live(s.replyTo);
        String parentId = parent != null && w.sees(viewer, parent) ? id(parent.key) : null;
        add(
                wrong,
                same(
                        "in_reply_to_id",
                        parentId,
                        body.get("in_reply_to_id").isNull()
                                ? null
                                : body.get("in_reply_to_id").asText()));
        if (s.quoteOf >= 0) {
            JsonNode q = body.get("quote");
            String shown = q.get("quoted_status").isNull()
                    ? null
                    : q.get("quoted_status").get("id").asText();
            add(wrong, same("quote", w.sees(viewer, s.quoteOf) ? id(s.quoteOf) : null, shown));
        }
        String mayQuote = viewer == 0 ? "unknown" : w.mayQuote(viewer, s) ? "automatic" : "denied";
        add(
                wrong,
                same(
                        "quote_approval.current_user",
                        mayQuote,
                        body.get("quote_approval").get("current_user").asText()));
        Set<String> mentions = new TreeSet<>();
        for (int m : s.mentions) if (w.seesAccount(viewer, m)) mentions.add(Integer.toString(acct(m)));
        Set<String> shownMentions = new TreeSet<>();
        body.get("mentions").forEach(m -> shownMentions.add(m.get("id").asText()));
        add(wrong, same("mentions", mentions, shownMentions));
        JsonNode poll = body.get("poll");
        add(wrong, same("poll", s.poll, poll != null && !poll.isNull()));
        if (s.poll && poll != null && !poll.isNull()) add(wrong, pollBody(viewer, s, poll));
        boolean faved = w.favourites.contains(List.of(viewer, s.key));
        boolean marked = w.bookmarks.contains(List.of(viewer, s.key));
        add(wrong, same("favourited", faved, body.get("favourited").asBoolean()));
        add(wrong, same("bookmarked", marked, body.get("bookmarked").asBoolean()));
        checks += 10;
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /** Account search for "u" (every person's handle starts with it): exactly the people the model lists. */
    private String search(Reader r, int viewer, int v) {
        Reader.Answer a = r.searchAccounts(v, "u");
        checks++;
        if (a.status() != 200) return "answered " + a.status();
        Set<Integer> expected = new TreeSet<>();
        for (int p = 1; p <= w.people; p++) if (w.listsInSearch(viewer, p)) expected.add(p);
        Set<Integer> actual = new TreeSet<>();
        a.body().forEach(n -> {
            Integer person = people.get(Integer.parseInt(n.get("id").asText()));
            if (person != null) actual.add(person);
        });
        checks += w.people;
        return same("search", expected, actual);
    }

    private String context(int viewer, World.Post s, JsonNode body) {
        List<String> ancestors = new ArrayList<>();
        for (int k : w.ancestors(s.key)) if (w.sees(viewer, k)) ancestors.add(id(k));
        List<String> descendants = new ArrayList<>();
        for (int k : w.descendants(s.key).stream().sorted().toList()) if (w.sees(viewer, k)) descendants.add(id(k));
        checks += 1 + ancestors.size() + descendants.size();
        String a = same("ancestors", ancestors, ids(body.get("ancestors")));
        String b = same("descendants", descendants, ids(body.get("descendants")));
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    private String list(Reader r, Check c, int v) {
        String list = c.list();
        List<Integer> expectedKeys;
        String asked = list;
        if (list.equals("home")) expectedKeys = w.home(c.viewer());
        else if (list.equals("public")) expectedKeys = w.listed(c.viewer(), null);
        else if (list.startsWith("tag:")) expectedKeys = w.listed(c.viewer(), list.substring(4));
        else if (list.equals("bookmarks")) expectedKeys = w.saved(w.bookmarks, c.viewer());
        else if (list.equals("favourites")) expectedKeys = w.saved(w.favourites, c.viewer());
        else if (list.startsWith("list:")) {
            int owner = Integer.parseInt(list.substring(5));
            expectedKeys = owner == c.viewer() ? w.listTimeline(owner) : null;
            asked = "list:" + d.listId(owner);
        } else {
            int person = Integer.parseInt(list.substring(8));
            expectedKeys = w.profile(c.viewer(), person);
            asked = "profile:" + acct(person);
        }
        List<String> actual = new ArrayList<>();
        long max = 0;
        for (int page = 0; page < 200; page++) {
            Reader.Answer a = r.list(v, asked, max);
            if (a.status() != 200) {
                checks++;
                return expectedKeys == null && a.status() == 404 ? null : "answered " + a.status();
            }
            actual.addAll(ids(a.body()));
            if (a.next() == 0 || a.body().isEmpty()) break;
            max = a.next();
        }
        checks += 1 + (expectedKeys == null ? 0 : expectedKeys.size());
        if (expectedKeys == null) return "expected 404, got a listing of " + actual.size();
        List<String> expected = expectedKeys.stream().map(this::id).toList();
        return same(list, expected, actual);
    }

    /** The main list, every page: exactly the stored, unfiltered rows the model lets the viewer see, newest first. */
    private String notifications(Reader r, int viewer, int v) {
        List<String> expected = new ArrayList<>();
        for (Row row : rows) {
            if (row.account() == v && !row.filtered() && shown(row)) {
                expected.add(row.id() + " " + row.type() + " from " + row.from()
                        + (row.status() == 0 ? "" : " on " + row.status()));
            }
        }
        List<String> actual = new ArrayList<>();
        long max = 0;
        for (int page = 0; page < 200; page++) {
            Reader.Answer a = r.notifications(v, max);
            if (a.status() != 200) {
                checks++;
                return "notifications answered " + a.status();
            }
            for (JsonNode n : a.body()) {
                JsonNode st = n.get("status");
                actual.add(n.get("id").asText() + " " + n.get("type").asText() + " from "
                        + n.get("account").get("id").asText()
                        + (st == null || st.isNull()
                                ? ""
                                : " on "
                                        + (st.get("reblog") != null
                                                        && !st.get("reblog").isNull()
                                                ? st.get("reblog").get("id").asText()
                                                : st.get("id").asText())));
            }
            if (a.next() == 0 || a.body().isEmpty()) break;
            max = a.next();
        }
        checks += 1 + expected.size();
        return same("notifications", expected, actual);
    }

    /**
     * The grouped list (API v2), every page: exactly the groups the model's visible rows make (favourites,
     * reblogs of one post and follows in one 12-hour window together), each with the count, newest member,
     * sample accounts and post of its visible members; no account or post the model hides.
     */
    private String grouped(Reader r, int v) {
        long window = 12L * 3600 * 1000;
        java.util.Map<String, List<Row>> groups = new java.util.LinkedHashMap<>();
        java.util.Set<String> allowedAccounts = new java.util.HashSet<>();
        java.util.Set<String> allowedPosts = new java.util.HashSet<>();
        for (Row row : rows) {
            if (row.account() != v || row.filtered() || !shown(row)) continue;
            String type = row.type();
            String key = type.equals("follow")
                    ? "follow-" + Math.floorDiv(row.createdAt(), window)
                    : type.equals("favourite") || type.equals("reblog")
                            ? type + "-" + row.status() + "-" + Math.floorDiv(row.createdAt(), window)
                            : "ungrouped-" + row.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            allowedAccounts.add(Integer.toString(row.from()));
            if (row.status() != 0) allowedPosts.add(Long.toString(row.status()));
        }
        List<String> expected = new ArrayList<>();
        groups.forEach((key, members) -> {
            java.util.LinkedHashSet<Integer> sample = new java.util.LinkedHashSet<>();
            for (Row m : members) if (sample.size() < 8) sample.add(m.from());
            Row newest = members.get(0);
            expected.add(key + " " + members.size() + " newest " + newest.id() + " by " + sample + " on "
                    + (newest.status() == 0 ? "null" : Long.toString(newest.status())));
        });
        java.util.Map<String, String> seen = new java.util.LinkedHashMap<>();
        long max = 0;
        for (int page = 0; page < 200; page++) {
            Reader.Answer a = r.grouped(v, max);
            if (a.status() != 200) {
                checks++;
                return "grouped notifications answered " + a.status();
            }
            for (JsonNode acc : a.body().get("accounts")) {
                checks++;
                if (!allowedAccounts.contains(acc.get("id").asText()))
                    return "grouped notifications named hidden account "
                            + acc.get("id").asText();
            }
            for (JsonNode st : a.body().get("statuses")) {
                checks++;
                if (!allowedPosts.contains(st.get("id").asText()))
                    return "grouped notifications carried hidden post "
                            + st.get("id").asText();
            }
            for (JsonNode g : a.body().get("notification_groups")) {
                List<Integer> sample = new ArrayList<>();
                g.get("sample_account_ids").forEach(x -> sample.add(Integer.parseInt(x.asText())));
                JsonNode st = g.get("status_id");
                seen.putIfAbsent(
                        g.get("group_key").asText(),
                        g.get("group_key").asText() + " "
                                + g.get("notifications_count").asInt() + " newest "
                                + g.get("most_recent_notification_id").asText() + " by " + sample + " on "
                                + (st == null || st.isNull() ? "null" : st.asText()));
            }
            if (a.next() == 0 || a.body().get("notification_groups").isEmpty()) break;
            max = a.next();
        }
        checks += 1 + expected.size();
        return same("grouped notifications", expected, new ArrayList<>(seen.values()));
    }

    /** One notification by id: its recipient gets it while the model shows it; anyone else gets 404. */
    private String notification(Reader r, int viewer, int v, Row row) {
        if (viewer == 0) return null;
        boolean visible = row.account() == v && shown(row);
        Reader.Answer a = r.notification(v, row.id());
        checks++;
        if (a.status() != (visible ? 200 : 404))
            return "notification " + row.id() + ": expected " + (visible ? 200 : 404) + ", got " + a.status();
        return null;
    }

    /** A notification the model predicted is stored, filtered or not as predicted, while still due. */
    private String predicted(World.Note n) {
        if (!w.stillDue(n)) return null;
        checks++;
        long status = d.id(n.key());
        int to = d.acct(n.recipient());
        int from = d.acct(n.from());
        for (Row row : rows) {
            if (row.account() == to && row.from() == from && row.type().equals(n.type()) && row.status() == status) {
                return row.filtered() == n.filtered()
                        ? null
                        : n.type() + " from @u" + n.from() + " on #" + n.key() + ": filtered " + row.filtered()
                                + ", the model expects " + n.filtered();
            }
        }
        return "expected a " + n.type() + " notification from @u" + n.from() + " on #" + n.key() + ", none stored";
    }

    /**
     * An Account entity by id or by handle: found exactly when the model lets the viewer find it, and
     * then each count the length of the list the same viewer is shown, the newest post's day with them.
     */
    private String account(Reader r, Check c, int v) {
        int a = c.key();
        Reader.Answer ans = r.account(v, acct(a), c.path().equals("lookup") ? "u" + a : null);
        checks++;
        boolean found = w.findsAccount(c.viewer(), a);
        if (ans.status() != (found ? 200 : 404)) return "expected " + (found ? 200 : 404) + ", got " + ans.status();
        if (!found) return null;
        JsonNode e = ans.body();
        List<Integer> posts = w.profile(c.viewer(), a);
        String last = null;
        long newest = 0;
        for (int k : posts == null ? List.<Integer>of() : posts)
            newest = Math.max(newest, created.getOrDefault(d.id(k), 0L));
        if (newest > 0)
            last = java.time.Instant.ofEpochMilli(newest)
                    .atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate()
                    .toString();
        List<String> wrong = new ArrayList<>();
        add(wrong, same("id", Integer.toString(acct(a)), e.get("id").asText()));
        add(
                wrong,
                same(
                        "statuses_count",
                        posts == null ? 0 : posts.size(),
                        e.get("statuses_count").asInt()));
        add(
                wrong,
                same(
                        "last_status_at",
                        last,
                        e.get("last_status_at").isNull()
                                ? null
                                : e.get("last_status_at").asText()));
        // A count beside a list is that list's length, as the same reader shows it to the same viewer
        // (the list itself is checked against the model on its own, see people()).
        for (String which : new String[] {"followers", "following"}) {
            Reader.Answer list = r.people(v, acct(a), which);
            int shown = list.status() == 200 ? list.body().size() : 0;
            add(wrong, same(which + "_count", shown, e.get(which + "_count").asInt()));
        }
        checks += 5;
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /** A list of people (followers, following, connections, mutuals): exactly the model's, or 404 when the owner is hidden. */
    private String people(Reader r, Check c, int v) {
        int a = c.key();
        String which = c.path().substring(7);
        List<Integer> expected = switch (which) {
            case "followers" -> w.followList(c.viewer(), a, true);
            case "following" -> w.followList(c.viewer(), a, false);
            case "connections" -> w.connectionsShown(c.viewer(), a);
            default -> w.seesAccount(c.viewer(), a) ? w.mutuals(c.viewer(), a) : null;
        };
        Reader.Answer ans = r.people(v, acct(a), which);
        checks++;
        if (expected == null) return ans.status() == 404 ? null : "expected 404, got " + ans.status();
        if (ans.status() != 200) return "expected 200, got " + ans.status();
        checks += expected.size();
        // Only the model's people are judged here: an account outside the model (the stream probe,
        // which some people follow) is the model's blind spot, not a leak; counts still include it.
        Set<String> shown = new TreeSet<>(ids(ans.body()));
        shown.removeIf(id -> !people.containsKey(Integer.parseInt(id)));
        return same(which, new TreeSet<>(accounts(expected)), shown);
    }

    /** The relationship is there when the viewer may find the account; its mutual count is the mutuals list's length. */
    private String relationship(Reader r, Check c, int v) {
        int a = c.key();
        Reader.Answer ans = r.relationship(v, acct(a));
        checks++;
        if (ans.status() != 200) return "expected 200, got " + ans.status();
        boolean found = w.findsAccount(c.viewer(), a);
        if (ans.body().size() != (found ? 1 : 0))
            return "expected " + (found ? 1 : 0) + " relationships, got "
                    + ans.body().size();
        if (!found) return null;
        checks++;
        return same(
                "mutual_connections_count",
                w.mutuals(c.viewer(), a).size(),
                ans.body().get(0).get("mutual_connections_count").asInt());
    }

    /** The introduction names exactly the chosen posts the viewer may see, in the chosen order. */
    private String introduction(Reader r, Check c, int v) {
        List<Integer> expected = w.introduction(c.viewer(), c.key());
        Reader.Answer ans = r.introduction(v, acct(c.key()));
        checks++;
        if (expected == null) return ans.status() == 404 ? null : "expected 404, got " + ans.status();
        if (ans.status() != 200) return "expected 200, got " + ans.status();
        List<String> shown = new ArrayList<>();
        ans.body().get("post_ids").forEach(n -> shown.add(n.asText()));
        checks += expected.size();
        return same("post_ids", expected.stream().map(this::id).toList(), shown);
    }

    /** The composer's count for a post to the viewer's network: only people reached through lists the viewer is shown. */
    private String network(Reader r, Check c, int v) {
        Reader.Answer ans = r.networkPeople(v);
        if (ans == null) return null;
        checks++;
        return same(
                "network people",
                w.networkPeople(c.viewer()),
                ans.body().get("people").asInt());
    }

    /** Each conversation's newest post the viewer sees and its unread mark, and the unread count, as the model says. */
    private String conversations(Reader r, int viewer, int v) {
        Reader.Answer a = r.conversations(v, false);
        checks++;
        if (a.status() != 200) return "expected 200, got " + a.status();
        java.util.Map<String, Boolean> want = new java.util.TreeMap<>();
        w.conversations(viewer).forEach((k, unread) -> want.put(id(k), unread));
        java.util.Map<String, Boolean> got = new java.util.TreeMap<>();
        for (JsonNode c : a.body())
            got.put(c.get("last_status").get("id").asText(), c.get("unread").asBoolean());
        String wrong = same("conversations (last post: unread)", want, got);
        if (wrong != null) return wrong;
        Reader.Answer n = r.conversations(v, true);
        checks++;
        long unread = want.values().stream().filter(u -> u).count();
        return same("unread conversations", (int) unread, n.body().get("count").asInt());
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    private List<String> accounts(List<Integer> people) {
        return people.stream().map(p -> Integer.toString(acct(p))).toList();
    }

    private static String same(String what, Object expected, Object actual) {
        return Objects.equals(expected, actual) ? null : what + ": expected " + expected + ", got " + actual;
    }

    private static void add(List<String> out, String s) {
        if (s != null) out.add(s);
    }
}
