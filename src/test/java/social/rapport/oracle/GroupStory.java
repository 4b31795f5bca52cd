package social.rapport.oracle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import social.rapport.testing.Http;

/**
 * Groups in every world, played over the API after the story: one of each kind, each with an owner,
 * an admin, a moderator, members, someone asking or invited, and someone banned; posts, replies and
 * reposts to the group (some refused); then a member is removed and another banned after posting.
 * The model learns only what the server answered as done; each answer is checked against it.
 */
final class GroupStory {
    static final String[] KINDS = {"public", "private", "secret"};
    private static final String BASE = "/api/v1/rapport/groups";

    private final World w;
    private final Driver d;
    private final Http http;
    private final Map<Integer, String> tokens;
    private final Random draw;
    final List<String> mismatches = new ArrayList<>();
    long checks;

    GroupStory(World w, Driver d, Http http, Map<Integer, String> tokens, long seed) {
        this.w = w;
        this.d = d;
        this.http = http;
        this.tokens = tokens;
        this.draw = new Random(seed * 97 + 5);
    }

    void play() {
        for (int n = 0; n < KINDS.length; n++) group(n, KINDS[n]);
    }

    private void group(int n, String kind) {
        String visible = draw.nextBoolean() ? "members" : "admins";
        int owner = 1 + draw.nextInt(w.people);
        Http.Res made = http.postJson(
                BASE,
                token(owner),
                Http.map("name", "group " + n, "handle", "group" + n, "kind", kind, "members_visible", visible));
        if (!expect("@u" + owner + " creates a " + kind + " group", 200, made.status())) return;
        d.groupIds.add(Long.parseLong(made.json().get("id").asText()));
        World.Group g = new World.Group(kind, visible);
        g.roles.put(owner, "owner");
        w.groups.add(g);
        // Only someone who follows or is connected with the inviter may be invited to a secret group.
        List<Integer> people = new ArrayList<>();
        for (int x = 1; x <= w.people; x++) {
            if (x == owner) continue;
            if (!kind.equals("secret") || w.follows(x, owner) || w.connected(x, owner)) people.add(x);
        }
        Collections.shuffle(people, draw);
        List<Integer> joined = new ArrayList<>();
        for (int i = 0; i < Math.min(5, people.size()); i++)
            if (admit(n, owner, people.get(i))) joined.add(people.get(i));
        int outsider = someoneOutside(n);
        if (people.size() > 5) ask(n, owner, people.get(5));
        int banned = someoneOutside(n);
        if (joined.size() >= 2) role(n, owner, joined.get(0), "moderator");
        if (joined.size() >= 2) role(n, owner, joined.get(1), "admin");
        int moderator = joined.size() >= 2 ? joined.get(0) : owner;
        if (banned > 0) ban(n, moderator, banned, "ban");
        // A banned account cannot rejoin; to it a secret group is missing.
        if (banned > 0) join(n, banned, kind.equals("secret") ? 404 : 403);

        // Posts to the group, replies in it and reposts of it; a banned outsider's post is refused.
        int first = publish(n, owner, -1, Set.of(1 + draw.nextInt(w.people)));
        for (int m : joined) publish(n, m, draw.nextBoolean() ? first : -1, Set.of());
        if (outsider > 0) publish(n, outsider, first, Set.of());
        if (banned > 0) publish(n, banned, -1, Set.of());
        if (!joined.isEmpty())
            d.play(List.of(new Step.Act("reblog", joined.get(joined.size() - 1), first, w.posts.size())));
        d.play(List.of(new Step.Act("reblog", owner, first, w.posts.size())));
        // After posting, one member is removed and another banned: their reads must drop the group's posts.
        if (joined.size() >= 4) {
            ban(n, moderator, joined.get(2), "remove");
            ban(n, moderator, joined.get(3), "ban");
            publish(n, joined.get(2), -1, Set.of());
            publish(n, joined.get(1), first, Set.of());
        }
    }

    /** Someone neither in the group nor asking nor banned, or 0. */
    private int someoneOutside(int n) {
        World.Group g = w.groups.get(n);
        for (int tries = 0; tries < 50; tries++) {
            int x = 1 + draw.nextInt(w.people);
            if (!g.roles.containsKey(x) && !g.requested.contains(x) && !g.invited.contains(x) && !g.banned.contains(x))
                return x;
        }
        return 0;
    }

    /** Lets someone in the way the kind allows: join, ask and be approved, or be invited and accept. */
    private boolean admit(int n, int owner, int x) {
        World.Group g = w.groups.get(n);
        switch (g.kind) {
            case "public" -> {
                if (!join(n, x, 200)) return false;
            }
            case "private" -> {
                if (!ask(n, owner, x)) return false;
                if (!expect(
                        who(owner) + " approves @u" + x + " in group " + n,
                        200,
                        http.post(path(n) + "/requests/" + d.acct(x) + "/approve", token(owner))
                                .status())) return false;
                g.requested.remove(x);
            }
            default -> {
                if (!ask(n, owner, x)) return false;
                if (!join(n, x, 200)) return false;
                g.invited.remove(x);
            }
        }
        g.roles.put(x, "member");
        return true;
    }

    /** Asks to join a private group, or (a secret one) is invited by the owner. */
    private boolean ask(int n, int owner, int x) {
        World.Group g = w.groups.get(n);
        if (g.kind.equals("secret")) {
            Http.Res r = http.postJson(path(n) + "/invite", token(owner), Http.map("account_id", "" + d.acct(x)));
            if (!expect(who(owner) + " invites @u" + x + " to group " + n, 200, r.status())) return false;
            g.invited.add(x);
            return true;
        }
        Http.Res r = http.post(path(n) + "/join", token(x));
        if (!expect("@u" + x + " asks to join group " + n, 200, r.status())) return false;
        if (g.kind.equals("private")) g.requested.add(x);
        else g.roles.put(x, "member");
        return true;
    }

    private boolean join(int n, int x, int expected) {
        int status = http.post(path(n) + "/join", token(x)).status();
        boolean ok = expect("@u" + x + " joins group " + n, expected, status);
        return ok && status == 200;
    }

    private void role(int n, int owner, int x, String role) {
        Http.Res r =
                http.postJson(path(n) + "/roles", token(owner), Http.map("account_id", "" + d.acct(x), "role", role));
        if (expect(who(owner) + " makes @u" + x + " " + role + " of group " + n, 200, r.status()))
            w.groups.get(n).roles.put(x, role);
    }

    /** A moderator removes or bans someone: out of the group at once (banned: for good). */
    private void ban(int n, int moderator, int x, String verb) {
        Http.Res r = http.postJson(path(n) + "/" + verb, token(moderator), Http.map("account_id", "" + d.acct(x)));
        if (!expect(who(moderator) + " " + verb + "s @u" + x + " from group " + n, 200, r.status())) return;
        World.Group g = w.groups.get(n);
        g.roles.remove(x);
        g.requested.remove(x);
        g.invited.remove(x);
        if (verb.equals("ban")) g.banned.add(x);
    }

    /** A post to the group (replying to `replyTo` when not -1): the driver predicts and checks its answer. */
    private int publish(int n, int author, int replyTo, Set<Integer> mentions) {
        int key = w.posts.size();
        Set<String> grants = replyTo >= 0 ? Set.of() : Set.of("group:" + n);
        d.play(List.of(new Step.Publish(
                key, author, null, grants, Set.of(), mentions, replyTo, -1, "everyone", Set.of("t" + n))));
        return key;
    }

    private String who(int x) {
        return "@u" + x;
    }

    private String path(int n) {
        return BASE + "/" + d.groupIds.get(n);
    }

    private String token(int person) {
        return tokens.get(d.acct(person));
    }

    private boolean expect(String step, int expected, int actual) {
        checks++;
        if (expected != actual)
            mismatches.add("group step \"" + step + "\" answered " + actual + ", the model expects " + expected);
        return expected == actual;
    }
}
