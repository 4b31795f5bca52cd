package social.rapport.oracle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a random story from a seed: relationships first (follows, connections, circles, lists, blocks,
 * mutes, locked accounts, followed hashtags), then posts of every audience with replies, quotes, reblogs, saves, pins,
 * edits and deletions, interleaved with relationships changing. Some steps are meant to be refused.
 */
final class StoryMaker {
    private static final String[] VISIBILITIES = {"public", "unlisted", "private", "direct"};
    private static final String[] GRANTS = {
        "public", "unlisted", "followers", "connections", "network", "mentioned", "only_me", "circle"
    };
    private static final String[] POLICIES = {"everyone", "everyone", "followers", "connections", "mentioned"};
    private static final String[] ACTS = {
        "reblog",
        "reblog",
        "favourite",
        "favourite",
        "bookmark",
        "unfavourite",
        "unbookmark",
        "unreblog",
        "pin",
        "edit",
        "edit",
        "delete",
        "report",
        "vote",
        "vote"
    };

    private final Random random;
    /** Its own sequence, so adding these steps leaves the rest of a seed's story as it was. */
    private final Random aside;
    /** Hashtag follows draw from a sequence of their own too. */
    private final Random tagged;

    private final long seedOf;
    private final int people;
    private final List<Step> steps = new ArrayList<>();
    private int keys;
    private final List<Integer> authorOf = new ArrayList<>();
    /** The keys of posts (not reblogs), in order. */
    private final List<Integer> posted = new ArrayList<>();

    StoryMaker(long seed, int people) {
        this.random = new Random(seed);
        this.aside = new Random(seed * 31 + 7);
        this.tagged = new Random(seed * 53 + 11);
        this.seedOf = seed;
        this.people = people;
    }

    List<Step> make(int posts) {
        for (int a = 1; a <= people; a++) {
            if (random.nextInt(4) == 0) steps.add(new Step.Relate("lock", a, 0));
        }
        for (int a = 1; a <= people; a++) {
            for (int i = 0; i < 3; i++) relate("follow", a);
            if (random.nextBoolean()) relate("approve", a);
            if (random.nextBoolean()) relate("connect", a);
            for (int c = 1; c <= 2; c++) {
                int members = random.nextInt(3);
                for (int m = 0; m < members; m++) steps.add(new Step.Circle(a, World.circleId(a, c), other(a)));
            }
            for (int m = random.nextInt(4); m > 0; m--) steps.add(new Step.ListMember(a, other(a)));
        }
        for (int a = 1; a <= people; a++) {
            if (tagged.nextInt(3) == 0) steps.add(new Step.FollowTag(a, "t" + tagged.nextInt(3), true));
        }
        for (int i = 0; i < people / 4; i++) relate("block", 1 + random.nextInt(people));
        for (int i = 0; i < people / 3; i++) relate("mute", 1 + random.nextInt(people));
        while (keys < posts) {
            int roll = random.nextInt(100);
            if (roll < 55 || keys < 5) publish();
            else if (roll < 90) act();
            else if (roll < 92) {
                int owner = 1 + random.nextInt(people);
                steps.add(new Step.ListMember(owner, other(owner)));
            } else
                relate(
                        new String[] {
                                    "follow",
                                    "unfollow",
                                    "connect",
                                    "disconnect",
                                    "block",
                                    "unblock",
                                    "mute",
                                    "approve",
                                    "approve"
                                }
                                [random.nextInt(9)],
                        1 + random.nextInt(people));
        }
        steps.addAll(Math.max(0, steps.size() - PrivacyOracle.STREAMED_STEPS), listsAndIntroductions());
        steps.addAll(Math.max(0, steps.size() - PrivacyOracle.STREAMED_STEPS), mediaTakenAway());
        return steps;
    }

    /**
     * Media that people were shown taken from them, in every world: the first post with photos is
     * deleted by its author, and the author of the second blocks three people (narrowing its
     * audience for any of them who saw it). Drawn from a sequence of its own.
     */
    private List<Step> mediaTakenAway() {
        Random draw = new Random(seedOf * 71 + 13);
        List<Integer> withPhotos = new ArrayList<>();
        for (int k : posted) if (MediaAudit.photos(k) > 0) withPhotos.add(k);
        List<Step> out = new ArrayList<>();
        if (withPhotos.size() < 2) return out;
        int deleted = withPhotos.get(0);
        out.add(new Step.Act("delete", authorOf.get(deleted), deleted, -1));
        int narrowed = authorOf.get(withPhotos.get(1));
        for (int i = 0; i < 3; i++) {
            int b = 1 + draw.nextInt(people - 1);
            out.add(new Step.Relate("block", narrowed, b >= narrowed ? b + 1 : b));
        }
        return out;
    }

    /**
     * Some people hide their connection list; some choose posts for an introduction, mostly their
     * own (a reblog, a refused post or someone else's is refused with the whole choice).
     */
    private List<Step> listsAndIntroductions() {
        List<Step> out = new ArrayList<>();
        for (int a = 1; a <= people; a++) {
            if (tagged.nextInt(4) == 0) out.add(new Step.FollowTag(a, "t" + tagged.nextInt(3), tagged.nextBoolean()));
        }
        for (int a = 1; a <= people; a++) {
            if (aside.nextInt(3) == 0) out.add(new Step.Relate("hide_connections", a, 0));
            if (aside.nextInt(2) == 0 || keys == 0) continue;
            List<Integer> own = new ArrayList<>();
            for (int k = 0; k < authorOf.size(); k++) if (authorOf.get(k) == a) own.add(k);
            List<Integer> chosen = new ArrayList<>();
            for (int i = 1 + aside.nextInt(3); i > 0; i--) {
                chosen.add(
                        own.isEmpty() || aside.nextInt(6) == 0
                                ? aside.nextInt(keys)
                                : own.get(aside.nextInt(own.size())));
            }
            out.add(new Step.Introduce(a, chosen));
        }
        return out;
    }

    private int other(int a) {
        int b = 1 + random.nextInt(people - 1);
        return b >= a ? b + 1 : b;
    }

    private void relate(String verb, int a) {
        steps.add(new Step.Relate(verb, a, other(a)));
    }

    private int anyKey() {
        return random.nextInt(keys);
    }

    private void publish() {
        int author = 1 + random.nextInt(people);
        String visibility = null;
        Set<String> grants = new LinkedHashSet<>();
        if (random.nextInt(3) == 0) {
            visibility = VISIBILITIES[random.nextInt(VISIBILITIES.length)];
        } else if (random.nextInt(8) > 0) {
            int n = random.nextInt(5) == 0 ? 2 : 1;
            for (int i = 0; i < n; i++) {
                String g = GRANTS[random.nextInt(GRANTS.length)];
                if (g.equals("circle")) {
                    int owner = random.nextInt(10) == 0 ? other(author) : author;
                    g = "circle:" + World.circleId(owner, 1 + random.nextInt(2));
                }
                if (g.equals("only_me") && !grants.isEmpty()) continue;
                if (grants.contains("only_me")) continue;
                grants.add(g);
            }
        }
        Set<Long> except = new LinkedHashSet<>();
        if (random.nextInt(6) == 0) except.add(World.circleId(author, 1 + random.nextInt(2)));
        Set<Integer> mentions = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) mentions.add(1 + random.nextInt(people));
        int replyTo = keys > 0 && random.nextInt(3) == 0 ? anyKey() : -1;
        int quoteOf = keys > 0 && random.nextInt(8) == 0 ? anyKey() : -1;
        Set<String> tags = new LinkedHashSet<>();
        if (random.nextInt(3) == 0) tags.add("t" + random.nextInt(3));
        authorOf.add(author);
        posted.add(keys);
        steps.add(new Step.Publish(
                keys++,
                author,
                visibility,
                grants,
                except,
                mentions,
                replyTo,
                quoteOf,
                POLICIES[random.nextInt(POLICIES.length)],
                tags));
    }

    private void act() {
        String verb = ACTS[random.nextInt(ACTS.length)];
        int target = anyKey();
        boolean own = verb.equals("edit") || verb.equals("delete") || verb.equals("pin");
        int actor = own && random.nextInt(4) > 0 ? authorOf.get(target) : 1 + random.nextInt(people);
        if (verb.equals("reblog")) {
            authorOf.add(actor);
            steps.add(new Step.Act(verb, actor, target, keys++));
        } else {
            steps.add(new Step.Act(verb, actor, target, -1));
        }
    }
}
