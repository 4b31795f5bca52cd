package social.rapport.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import social.rapport.testing.Http;

/**
 * The groups' own read paths for every viewer, over HTTP, against the model: the group (a secret one
 * answers 404 to outsiders exactly as a missing group; `members_count` only to those who may see the
 * member list, counting only members they may see), its timeline, its member list, and the group
 * search (never a secret group). Group posts on every other path are the {@link Checker}'s.
 */
final class GroupCheck {
    private static final String BASE = "/api/v1/rapport/groups";

    private final World w;
    private final Driver d;
    private final Http http;
    private final Map<Integer, String> tokens;
    private final Map<Long, Integer> keys = new java.util.HashMap<>();
    final List<String> mismatches = new ArrayList<>();
    long checks;

    GroupCheck(World w, Driver d, Http http, Map<Integer, String> tokens) {
        this.w = w;
        this.d = d;
        this.http = http;
        this.tokens = tokens;
        d.ids.forEach((key, id) -> keys.put(id, key));
    }

    void run() {
        for (int v = 0; v <= w.people; v++) {
            String token = v == 0 ? null : tokens.get(d.acct(v));
            Http.Res missing = http.get(BASE + "/999999999", token);
            search(v, token);
            for (int n = 0; n < w.groups.size(); n++) {
                String who = "group " + n + " (" + w.groups.get(n).kind + ") as @u" + v;
                show(v, n, token, missing, who);
                timeline(v, n, token, who);
                members(v, n, token, who);
            }
        }
    }

    private void show(int v, int n, String token, Http.Res missing, String who) {
        Http.Res r = http.get(BASE + "/" + d.groupIds.get(n), token);
        boolean known = w.knowsGroup(v, n);
        if (!same(who + ": show", known ? 200 : 404, r.status())) return;
        if (!known) {
            same(
                    who + ": the 404 of a missing group",
                    missing.status() + " " + missing.body(),
                    r.status() + " " + r.body());
            return;
        }
        JsonNode count = r.json().get("members_count");
        Object expected = w.seesMembers(v, n) ? visibleMembers(v, n).size() : null;
        same(who + ": members_count", expected, count == null || count.isNull() ? null : count.asInt());
        World.Group g = w.groups.get(n);
        String state = g.roles.containsKey(v)
                ? "member"
                : g.requested.contains(v)
                        ? "requested"
                        : g.invited.contains(v) ? "invited" : g.banned.contains(v) ? "banned" : null;
        JsonNode rel = r.json().get("relationship");
        same(
                who + ": relationship",
                state,
                rel == null || rel.isNull() ? null : rel.get("state").asText());
    }

    private void timeline(int v, int n, String token, String who) {
        Http.Res r = http.get(BASE + "/" + d.groupIds.get(n) + "/timeline?limit=40", token);
        boolean known = w.knowsGroup(v, n);
        if (!same(who + ": timeline", known ? 200 : 404, r.status()) || !known) return;
        List<Integer> actual = new ArrayList<>();
        for (JsonNode s : r.json())
            actual.add(keys.getOrDefault(Long.parseLong(s.get("id").asText()), -2));
        same(who + ": timeline", w.groupTimeline(v, n), actual);
    }

    private void members(int v, int n, String token, String who) {
        Http.Res r = http.get(BASE + "/" + d.groupIds.get(n) + "/members?limit=80", token);
        int expected = v == 0 ? 401 : !w.knowsGroup(v, n) ? 404 : !w.seesMembers(v, n) ? 403 : 200;
        if (!same(who + ": members", expected, r.status()) || expected != 200) return;
        List<Integer> actual = new ArrayList<>();
        for (JsonNode a : r.json()) actual.add(Integer.parseInt(a.get("id").asText()));
        same(who + ": members", visibleMembers(v, n), actual);
    }

    /** The group's members the viewer may see, by production id in ascending order. */
    private List<Integer> visibleMembers(int v, int n) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int x : w.groups.get(n).roles.keySet()) if (w.seesAccount(v, x)) out.add(d.acct(x));
        return new ArrayList<>(out);
    }

    /** Search finds the public and private groups, never a secret one, not even for its members. */
    private void search(int v, String token) {
        Http.Res r = http.get(BASE + "/search?q=group&limit=40", token);
        if (!same("group search as @u" + v, 200, r.status())) return;
        TreeSet<Long> expected = new TreeSet<>();
        for (int n = 0; n < w.groups.size(); n++)
            if (!w.groups.get(n).kind.equals("secret")) expected.add(d.groupIds.get(n));
        TreeSet<Long> actual = new TreeSet<>();
        for (JsonNode g : r.json()) actual.add(Long.parseLong(g.get("id").asText()));
        same("group search as @u" + v, expected, actual);
    }

    private boolean same(String what, Object expected, Object actual) {
        checks++;
        if (java.util.Objects.equals(expected, actual)) return true;
        mismatches.add(what + ": expected " + expected + ", got " + actual);
        return false;
    }
}
