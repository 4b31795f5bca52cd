package social.rapport.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle's model of a world and of the audience rules, written apart from the production code
 * and as plainly as possible: sets of facts, and one short method per rule of DESIGN.md
 * "Audiences". Account 0 is the anonymous viewer. Posts are known by their key: the order in
 * which the story created them.
 */
final class World {
    static final class Post {
        final int key;
        final int author;
        final int reblogOf;
        final Set<String> grants;
        final Set<Long> except;
        final Set<Integer> mentions;
        final int replyTo;
        final int quoteOf;
        final String replyPolicy;
        Set<String> tags;
        int versions = 1;
        boolean deleted;
        /** Who may quote it besides its author, when it is public or unlisted: public, followers or nobody. */
        String quotePolicy = "public";
        /** It carries a poll (only a post, never a reblog). */
        boolean poll;

        Post(
                int key,
                int author,
                int reblogOf,
                Set<String> grants,
                Set<Long> except,
                Set<Integer> mentions,
                int replyTo,
                int quoteOf,
                String replyPolicy,
                Set<String> tags) {
            this.key = key;
            this.author = author;
            this.reblogOf = reblogOf;
            this.grants = grants;
            this.except = except;
            this.mentions = mentions;
            this.replyTo = replyTo;
            this.quoteOf = quoteOf;
            this.replyPolicy = replyPolicy;
            this.tags = tags;
        }

        boolean isReblog() {
            return reblogOf >= 0;
        }
    }

    final int people;
    final Set<List<Integer>> follows = new HashSet<>();
    /** Follow requests waiting for a locked account's approval: they admit nobody. */
    final Set<List<Integer>> pending = new HashSet<>();

    final Set<Long> createdCircles = new HashSet<>();
    final Set<List<Integer>> connections = new HashSet<>();
    final Set<List<Integer>> blocks = new HashSet<>();
    final Set<List<Integer>> mutes = new HashSet<>();
    /**
     * Private messages: requests made (sender, recipient), whom each let write (recipient, sender: one
     * writes to someone privately, or a request is accepted), and the posts held as requests (recipient, key).
     */
    final Set<List<Integer>> messageRequests = new HashSet<>();

    final Set<List<Integer>> messageContacts = new HashSet<>();
    final Set<List<Integer>> heldMessages = new HashSet<>();
    /** Private posts filed in each person's conversations (person, key), and each one's thread (its first post then). */
    final Set<List<Integer>> filed = new LinkedHashSet<>();

    final Map<Integer, Integer> threadOf = new HashMap<>();

    /**
     * The viewer's conversations by the model: for each thread with a filed post they see now, its
     * newest such post, and whether a post by someone else they see is newer than their own last one.
     */
    Map<Integer, Boolean> conversations(int viewer) {
        Map<Integer, List<Integer>> byThread = new HashMap<>();
        for (List<Integer> f : filed) {
            if (f.get(0) == viewer)
                byThread.computeIfAbsent(threadOf.get(f.get(1)), t -> new ArrayList<>())
                        .add(f.get(1));
        }
        Map<Integer, Boolean> out = new HashMap<>();
        for (List<Integer> keys : byThread.values()) {
            int read = -1;
            for (int k : keys) if (posts.get(k).author == viewer) read = Math.max(read, k);
            int last = -1;
            boolean unread = false;
            for (int k : keys) {
                if (!sees(viewer, k)) continue;
                last = Math.max(last, k);
                if (posts.get(k).author != viewer && k > read) unread = true;
            }
            if (last >= 0) out.put(last, unread);
        }
        return out;
    }
    /** Circle members by circle id; the circle id says who owns it (see {@link #circleOwner}). */
    final Map<Long, Set<Integer>> circles = new HashMap<>();

    /** Each person's one list (once made): its members. */
    final Map<Integer, Set<Integer>> lists = new HashMap<>();

    final Set<Integer> locked = new HashSet<>();
    /** The hashtags each person follows: public posts carrying one come into their home. */
    final Map<Integer, Set<String>> followedTags = new HashMap<>();
    /** The instance lets visitors who are not signed in see profiles and posts (as by default). */
    boolean visitorsSeeProfiles = true;
    /** People who chose not to be discoverable: listed in search only to themselves and their followers. */
    final Set<Integer> undiscoverable = new HashSet<>();

    final List<Post> posts = new ArrayList<>();
    /** (voter, post key): who voted in which post's poll; a vote stays counted whoever may see it later. */
    final Set<List<Integer>> votes = new HashSet<>();

    int votesIn(int key) {
        int n = 0;
        for (List<Integer> v : votes) if (v.get(1) == key) n++;
        return n;
    }
    /** Saves in the order they were made: [account, post key]. */
    final List<List<Integer>> favourites = new ArrayList<>();

    final List<List<Integer>> bookmarks = new ArrayList<>();
    final Map<Integer, List<Integer>> pins = new HashMap<>();
    /** People whose connection list is shown to themselves only (its default is their connections). */
    final Set<Integer> hiddenConnections = new HashSet<>();
    /** The post keys each person chose for their introduction, in order. */
    final Map<Integer, List<Integer>> introductions = new HashMap<>();
    /** Notifications the model says were stored when something happened (see {@link Note}). */
    final List<Note> notes = new ArrayList<>();

    /**
     * A notification the model predicts: `recipient` told that `from` did `type` about post `key`,
     * held back from the main list when `filtered`. It must still be stored while {@link #stillDue} holds.
     */
    record Note(int recipient, String type, int from, int key, boolean filtered) {}

    /**
     * A group in the model: its kind (public, private, secret), who sees its member list (members or
     * admins), each member's role, and the people who asked, were invited or are banned.
     */
    static final class Group {
        final String kind;
        final String membersVisible;
        final Map<Integer, String> roles = new HashMap<>();
        final Set<Integer> requested = new HashSet<>();
        final Set<Integer> invited = new HashSet<>();
        final Set<Integer> banned = new HashSet<>();

        Group(String kind, String membersVisible) {
            this.kind = kind;
            this.membersVisible = membersVisible;
        }
    }

    /** Groups by their number in the story; a post's grant `group:n` names the n-th. */
    final List<Group> groups = new ArrayList<>();

    World(int people) {
        this.people = people;
    }

    boolean inGroup(int group, int viewer) {
        return viewer != 0 && groups.get(group).roles.containsKey(viewer);
    }

    /** A secret group is known to its members and invitees only; to anyone else it is missing. */
    boolean knowsGroup(int viewer, int group) {
        Group g = groups.get(group);
        return !g.kind.equals("secret") || inGroup(group, viewer) || g.invited.contains(viewer);
    }

    /** May the viewer see the member list: members, or admins and the owner, by the group's setting. */
    boolean seesMembers(int viewer, int group) {
        String role = groups.get(group).roles.get(viewer);
        if (viewer == 0 || role == null) return false;
        return groups.get(group).membersVisible.equals("members") || role.equals("admin") || role.equals("owner");
    }

    /** The group a post was made to, or -1: membership never widens any other audience. */
    static int groupOf(Post p) {
        for (String g : p.grants) if (g.startsWith("group:")) return Integer.parseInt(g.substring(6));
        return -1;
    }

    /** A group's posts and reposts the viewer sees, newest first. */
    List<Integer> groupTimeline(int viewer, int group) {
        List<Integer> out = new ArrayList<>();
        for (int k = posts.size() - 1; k >= 0; k--) {
            if (groupOf(posts.get(k)) == group && sees(viewer, k)) out.add(k);
        }
        return out;
    }

    static long circleId(int owner, int n) {
        return owner * 10L + n;
    }

    static int circleOwner(long circle) {
        return (int) (circle / 10);
    }

    boolean follows(int a, int b) {
        return follows.contains(List.of(a, b));
    }

    boolean connected(int a, int b) {
        return connections.contains(List.of(Math.min(a, b), Math.max(a, b)));
    }

    boolean blockedEitherWay(int a, int b) {
        return blocks.contains(List.of(a, b)) || blocks.contains(List.of(b, a));
    }

    boolean mutes(int a, int b) {
        return mutes.contains(List.of(a, b));
    }

    boolean inCircle(long circle, int member) {
        return circles.getOrDefault(circle, Set.of()).contains(member);
    }

    /** A circle can be addressed by its owner once created. */
    boolean circleUsable(int owner, long circle) {
        return circleOwner(circle) == owner && createdCircles.contains(circle);
    }

    boolean inNetwork(int owner, int viewer) {
        if (connected(owner, viewer)) return true;
        for (int c = 1; c <= people; c++) {
            if (c != viewer && c != owner && connected(owner, c) && connected(c, viewer)) return true;
        }
        return false;
    }

    /** May the viewer see an account at all? Anonymous where visitors see profiles; signed in unless blocked either way. */
    boolean seesAccount(int viewer, int account) {
        if (viewer == 0) return visitorsSeeProfiles;
        return viewer == account || !blockedEitherWay(viewer, account);
    }

    /** Does account search list the account to the viewer? */
    boolean listsInSearch(int viewer, int account) {
        if (!seesAccount(viewer, account)) return false;
        return !undiscoverable.contains(account) || viewer != 0 && (viewer == account || follows(viewer, account));
    }

    /** The audience rule for one post on its own. */
    boolean admits(int viewer, Post p) {
        if (viewer == 0 && !visitorsSeeProfiles) return false;
        if (viewer != 0 && viewer == p.author) return true;
        if (viewer != 0 && blockedEitherWay(viewer, p.author)) return false;
        for (long c : p.except) if (viewer != 0 && inCircle(c, viewer)) return false;
        for (String g : p.grants) {
            if (g.equals("public") || g.equals("unlisted")) return true;
            // A public group's post is anyone's to read; a private or secret group's its members' only.
            if (g.startsWith("group:")) {
                int group = Integer.parseInt(g.substring(6));
                if (groups.get(group).kind.equals("public") || inGroup(group, viewer)) return true;
            }
            if (viewer == 0) continue;
            if (g.equals("followers") && follows(viewer, p.author)) return true;
            if (g.equals("connections") && connected(viewer, p.author)) return true;
            if (g.equals("network") && inNetwork(p.author, viewer)) return true;
            if (g.equals("mentioned") && p.mentions.contains(viewer)) return true;
            if (g.startsWith("circle:") && inCircle(Long.parseLong(g.substring(7)), viewer)) return true;
        }
        return false;
    }

    /** A post is seen when it exists and is admitted; a reblog also needs its original seen. */
    boolean sees(int viewer, Post p) {
        if (p == null || p.deleted) return false;
        if (!p.isReblog()) return admits(viewer, p);
        return seesAccount(viewer, p.author) && sees(viewer, posts.get(p.reblogOf));
    }

    boolean sees(int viewer, int key) {
        return key >= 0 && sees(viewer, posts.get(key));
    }

    boolean mayReply(int viewer, Post p) {
        if (viewer == 0 || !sees(viewer, p) || p.isReblog()) return false;
        // Only a member replies in a group, its post's author too.
        if (groupOf(p) >= 0 && !inGroup(groupOf(p), viewer)) return false;
        if (viewer == p.author) return true;
        return switch (p.replyPolicy) {
            case "followers" -> follows(viewer, p.author);
            case "connections" -> connected(viewer, p.author);
            case "mentioned" -> p.mentions.contains(viewer);
            default -> true;
        };
    }

    /** Only the author quotes a post that is not public or unlisted; others under its quote policy. */
    boolean mayQuote(int viewer, Post p) {
        if (viewer == 0 || !sees(viewer, p) || p.isReblog()) return false;
        if (viewer == p.author) return true;
        if (!p.grants.contains("public") && !p.grants.contains("unlisted")) return false;
        return switch (p.quotePolicy) {
            case "followers" -> follows(viewer, p.author);
            case "nobody" -> false;
            default -> true;
        };
    }

    boolean mayReblog(int viewer, Post p) {
        Post original = p.isReblog() ? posts.get(p.reblogOf) : p;
        // A private or secret group's post stays in the group, by its author too; a public group's goes anywhere.
        if (groupOf(original) >= 0)
            return viewer != 0
                    && sees(viewer, p)
                    && groups.get(groupOf(original)).kind.equals("public");
        return viewer != 0
                && sees(viewer, p)
                && sees(viewer, original)
                && (viewer == original.author
                        || original.grants.contains("public")
                        || original.grants.contains("unlisted"));
    }

    Post live(int key) {
        Post p = key >= 0 ? posts.get(key) : null;
        return p == null || p.deleted ? null : p;
    }

    /** Which replies a person's list shows: followed, list or none, by the owner's number. */
    static String listPolicy(int owner) {
        return new String[] {"list", "followed", "none"}[owner % 3];
    }

    /** Every fourth person's list is exclusive: its members' posts leave their home. */
    static boolean listExclusive(int owner) {
        return owner % 4 == 0;
    }

    /** Unfollowing, a block or a connection ending: whom an owner neither follows nor is connected with leaves their list. */
    void dropUnfollowedFromLists() {
        lists.forEach((owner, members) -> members.removeIf(m -> !follows(owner, m) && !connected(owner, m)));
    }

    /**
     * The keys of the owner's list timeline, newest first: posts and reblogs by members the owner
     * sees, less muted and blocked ones; a reply to someone else than its author or the owner only
     * as the list's policy says.
     */
    List<Integer> listTimeline(int owner) {
        Set<Integer> members = lists.getOrDefault(owner, Set.of());
        List<Integer> out = new ArrayList<>();
        for (int k = posts.size() - 1; k >= 0; k--) {
            Post p = posts.get(k);
            if (!members.contains(p.author) || !sees(owner, p)) continue;
            if (mutes(owner, p.author) || blockedEitherWay(owner, p.author)) continue;
            if (p.isReblog()) {
                int original = posts.get(p.reblogOf).author;
                if (original != owner && mutes(owner, original)) continue;
            } else if (p.replyTo >= 0) {
                int to = posts.get(p.replyTo).author;
                boolean shown = to == p.author
                        || to == owner
                        || switch (listPolicy(owner)) {
                            case "followed" -> follows(owner, to) || connected(owner, to);
                            case "list" -> members.contains(to);
                            default -> false;
                        };
                if (!shown) continue;
            }
            out.add(k);
        }
        return out;
    }

    /**
     * The keys of the viewer's home, newest first: their own posts, those of people they follow or are
     * connected with, and public posts (never reblogs) carrying a hashtag they follow; never by the
     * members of their exclusive list.
     */
    List<Integer> home(int viewer) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> excluded = listExclusive(viewer) ? lists.getOrDefault(viewer, Set.of()) : Set.of();
        for (int k = posts.size() - 1; k >= 0; k--) {
            Post p = posts.get(k);
            boolean byTag = !p.isReblog()
                    && p.grants.contains("public")
                    && !java.util.Collections.disjoint(p.tags, followedTags.getOrDefault(viewer, Set.of()));
            boolean source = p.author == viewer || follows(viewer, p.author) || connected(viewer, p.author) || byTag;
            if (!source || !sees(viewer, p) || excluded.contains(p.author)) continue;
            if (p.author != viewer && (mutes(viewer, p.author) || blockedEitherWay(viewer, p.author))) continue;
            if (p.isReblog()) {
                int original = posts.get(p.reblogOf).author;
                if (original != viewer && mutes(viewer, original)) continue;
            }
            out.add(k);
        }
        return out;
    }

    /** Public or tag timeline: public posts only, never reblogs, less muted authors. */
    List<Integer> listed(int viewer, String tag) {
        List<Integer> out = new ArrayList<>();
        for (int k = posts.size() - 1; k >= 0; k--) {
            Post p = posts.get(k);
            if (p.isReblog() || !p.grants.contains("public") || !sees(viewer, p)) continue;
            if (viewer != 0 && viewer != p.author && mutes(viewer, p.author)) continue;
            if (tag != null && !p.tags.contains(tag)) continue;
            out.add(k);
        }
        return out;
    }

    /** A profile's posts and reblogs the viewer sees, newest first; null when the profile is hidden. */
    List<Integer> profile(int viewer, int account) {
        if (!seesAccount(viewer, account)) return null;
        List<Integer> out = new ArrayList<>();
        for (int k = posts.size() - 1; k >= 0; k--) {
            if (posts.get(k).author == account && sees(viewer, posts.get(k))) out.add(k);
        }
        return out;
    }

    /** Saved posts (bookmarks or favourites) the viewer still sees, most recently saved first. */
    List<Integer> saved(List<List<Integer>> saves, int viewer) {
        List<Integer> out = new ArrayList<>();
        for (int i = saves.size() - 1; i >= 0; i--) {
            List<Integer> s = saves.get(i);
            if (s.get(0) == viewer && sees(viewer, s.get(1))) out.add(s.get(1));
        }
        return out;
    }

    List<Integer> ancestors(int key) {
        List<Integer> out = new ArrayList<>();
        Post p = posts.get(key);
        while (p.replyTo >= 0 && live(p.replyTo) != null) {
            out.add(0, p.replyTo);
            p = posts.get(p.replyTo);
        }
        return out;
    }

    List<Integer> descendants(int key) {
        Set<Integer> out = new LinkedHashSet<>();
        List<Integer> frontier = List.of(key);
        while (!frontier.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (Post p : posts) {
                if (!p.deleted && frontier.contains(p.replyTo) && out.add(p.key)) next.add(p.key);
            }
            frontier = next;
        }
        return new ArrayList<>(out);
    }

    List<Integer> rebloggers(int viewer, int key) {
        List<Integer> out = new ArrayList<>();
        for (Post p : posts) if (p.reblogOf == key && sees(viewer, p)) out.add(p.author);
        return out;
    }

    List<Integer> favouriters(int viewer, int key) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> f : favourites) if (f.get(1) == key && seesAccount(viewer, f.get(0))) out.add(f.get(0));
        return out;
    }

    /**
     * Is a stored notification shown to its recipient now? Its actor must be visible to them and not
     * muted, and its post (if any) seen by them now.
     */
    boolean showsNotification(int recipient, int from, int key) {
        if (!seesAccount(recipient, from) || (recipient != from && mutes(recipient, from))) return false;
        return key < 0 || sees(recipient, key);
    }

    /**
     * The notifications a new post causes: each mentioned person and the author of the post replied
     * to, when they may see it. Mastodon's default policy filters a private mention (a post to the
     * mentioned people only) from someone the recipient neither follows nor is connected with.
     */
    void noteMentions(Post p) {
        Set<Integer> told = new LinkedHashSet<>(p.mentions);
        if (p.replyTo >= 0) told.add(posts.get(p.replyTo).author);
        for (int r : told) {
            if (r == p.author || !sees(r, p)) continue;
            // A message request is told in the requests folder, never as a notification.
            if (heldMessages.contains(List.of(r, p.key))) continue;
            boolean privateMention = p.grants.equals(Set.of("mentioned"));
            boolean stranger =
                    !connected(r, p.author) && !follows(r, p.author) && !messageContacts.contains(List.of(r, p.author));
            notes.add(new Note(r, "mention", p.author, p.key, privateMention && stranger));
        }
    }

    /** Whether a predicted notification must still be stored: its post lives, and a favourite or reblog was not undone. */
    boolean stillDue(Note n) {
        if (live(n.key()) == null) return false;
        return switch (n.type()) {
            case "favourite" -> favourites.contains(List.of(n.from(), n.key()));
            case "reblog" -> posts.stream().anyMatch(p -> !p.deleted && p.reblogOf == n.key() && p.author == n.from());
            default -> true;
        };
    }

    int visibleReplies(int viewer, int key) {
        int n = 0;
        for (Post p : posts) if (p.replyTo == key && sees(viewer, p)) n++;
        return n;
    }

    /** May the viewer find the account: when they see it, and also when they blocked it (to undo that). */
    boolean findsAccount(int viewer, int account) {
        return seesAccount(viewer, account) || viewer != 0 && blocks.contains(List.of(viewer, account));
    }

    /** Followers (or, with `followers` false, accounts followed) of an account the viewer is shown; null when hidden. */
    List<Integer> followList(int viewer, int account, boolean followers) {
        if (!seesAccount(viewer, account)) return null;
        List<Integer> out = new ArrayList<>();
        for (int x = 1; x <= people; x++) {
            boolean edge = followers ? follows(x, account) : follows(account, x);
            if (edge && seesAccount(viewer, x)) out.add(x);
        }
        return out;
    }

    /** The owner's connection list is shown to the viewer: to themselves, else to connections unless hidden. */
    boolean connectionListShown(int viewer, int owner) {
        if (viewer != 0 && viewer == owner) return true;
        return viewer != 0
                && !hiddenConnections.contains(owner)
                && connected(viewer, owner)
                && !blockedEitherWay(viewer, owner);
    }

    /** Each of the two is the viewer or a connection of theirs: the viewer knows the two are connected. */
    private boolean connectedToBoth(int viewer, int a, int b) {
        return viewer != 0 && knows(viewer, a) && knows(viewer, b);
    }

    private boolean knows(int viewer, int x) {
        return x == viewer || connected(viewer, x) && !blockedEitherWay(viewer, x);
    }

    /** An owner's connections the viewer is shown: all when the list is shown to them, else those they share. */
    List<Integer> connectionsShown(int viewer, int owner) {
        if (!seesAccount(viewer, owner)) return null;
        List<Integer> out = new ArrayList<>();
        for (int x = 1; x <= people; x++) {
            if (!connected(owner, x) || !seesAccount(viewer, x)) continue;
            if (connectionListShown(viewer, owner) || connectedToBoth(viewer, owner, x)) out.add(x);
        }
        return out;
    }

    /** The connections viewer and owner share that the viewer may know of: a link is known through either's list. */
    List<Integer> mutuals(int viewer, int owner) {
        if (viewer == 0 || !seesAccount(viewer, owner)) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int m = 1; m <= people; m++) {
            if (m == viewer || m == owner || !connected(viewer, m) || !connected(owner, m) || !seesAccount(viewer, m))
                continue;
            if (connectedToBoth(viewer, owner, m)
                    || connectionListShown(viewer, owner)
                    || connectionListShown(viewer, m)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * How many people the composer tells the owner a post to their network reaches: their
     * connections, and the connections of those the owner is shown, each admitted by the rule.
     */
    int networkPeople(int owner) {
        Set<Integer> reach = new HashSet<>();
        for (int c = 1; c <= people; c++) {
            if (!connected(owner, c)) continue;
            reach.add(c);
            List<Integer> shown = connectionsShown(owner, c);
            if (shown != null) reach.addAll(shown);
        }
        reach.remove(owner);
        int n = 0;
        for (int x : reach) if (!blockedEitherWay(owner, x) && inNetwork(owner, x)) n++;
        return n;
    }

    /** The introduction's posts the viewer is shown; null when the account is hidden from them. */
    List<Integer> introduction(int viewer, int owner) {
        if (!seesAccount(viewer, owner)) return null;
        List<Integer> out = new ArrayList<>();
        for (int k : introductions.getOrDefault(owner, List.of())) if (sees(viewer, k)) out.add(k);
        return out;
    }
}
