package social.rapport.oracle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.app.App;
import social.rapport.core.Problem;
import social.rapport.status.EditStatus;
import social.rapport.status.PostStatus;
import social.rapport.status.Status;
import social.rapport.status.StatusRoutes;
import social.rapport.status.poll.PollRequest;

/**
 * Plays a story on the production services and on the model side by side. For every step the model
 * predicts the answer (done, or which refusal); a different answer is a mismatch. Relationships go
 * through the relationship services (follows with requests to locked accounts, invitations,
 * circles, blocks, mutes); only locking an account is written directly, having no service yet.
 */
final class Driver {
    final World world;
    final App app;
    final int[] accounts;
    final Map<Integer, Long> ids = new java.util.HashMap<>();
    final List<String> mismatches = new ArrayList<>();
    long checks;
    /** Uploads the photos of the posts that carry some, and remembers where they were shown; null: no media. */
    MediaAudit media;

    private final StatusRoutes.Services s;
    private final Map<Long, Long> circles = new java.util.HashMap<>();
    /** The production id of each group, by its number in the story. */
    final List<Long> groupIds = new ArrayList<>();
    /** Each person's list id, once made. */
    private final Map<Integer, Long> lists = new java.util.HashMap<>();

    Driver(World world, App app, int[] accounts) {
        this.world = world;
        this.app = app;
        this.accounts = accounts;
        this.s = app.posts().services();
    }

    int acct(int person) {
        return accounts[person];
    }

    /** The production id of a post key; a made-up id that never existed when the key was refused. */
    long id(int key) {
        return ids.getOrDefault(key, 1_000_000_000L + key);
    }

    void play(List<Step> steps) {
        for (Step step : steps) {
            if (step instanceof Step.Relate r) relate(r);
            else if (step instanceof Step.Circle c) circle(c);
            else if (step instanceof Step.ListMember l) listMember(l);
            else if (step instanceof Step.Publish p) publish(p);
            else if (step instanceof Step.Act a) act(a);
            else if (step instanceof Step.Introduce i) introduce(i);
            else if (step instanceof Step.FollowTag t) followTag(t);
            else if (step instanceof Step.Removed r) {
                World.Post never = new World.Post(
                        r.key(), 1, -1, Set.of("only_me"), Set.of(), Set.of(), -1, -1, "everyone", Set.of());
                never.deleted = true;
                world.posts.add(never);
            }
        }
    }

    private void relate(Step.Relate r) {
        int a = acct(r.a());
        int b = r.b() == 0 ? 0 : acct(r.b());
        List<Integer> pair = List.of(r.a(), r.b());
        List<Integer> undirected = List.of(Math.min(r.a(), r.b()), Math.max(r.a(), r.b()));
        var rel = app.relations();
        if (media != null && Set.of("unfollow", "disconnect", "block").contains(r.verb()))
            media.beforeNarrowing(r.a(), r.b());
        switch (r.verb()) {
            case "follow" -> {
                // Following twice, or asking twice, is refused; connecting already made each follow the other.
                String expected = world.blockedEitherWay(r.a(), r.b())
                                || world.follows(r.a(), r.b())
                                || world.pending.contains(pair)
                        ? "refused"
                        : world.locked.contains(r.b()) ? "requested" : "following";
                String actual = answer(() -> rel.followAccount().follow(a, b, null));
                expectSame(r, expected, actual);
                if (actual.equals("following")) {
                    world.follows.add(pair);
                    world.pending.remove(pair);
                }
                if (actual.equals("requested")) world.pending.add(pair);
            }
            case "approve" -> {
                List<Integer> request = List.of(r.b(), r.a());
                String expected = world.pending.contains(request) ? "followed_by" : "refused";
                String actual = attempt(() -> rel.authorizeFollowRequest().authorize(a, b)) ? "followed_by" : "refused";
                expectSame(r, expected, actual);
                if (actual.equals("followed_by")) {
                    world.pending.remove(request);
                    world.follows.add(request);
                }
            }
            case "unfollow" -> {
                if (attempt(() -> rel.unfollowAccount().unfollow(a, b))) {
                    world.follows.remove(pair);
                    world.pending.remove(pair);
                }
            }
            case "connect" -> {
                boolean done = attempt(() -> {
                    var sent = rel.sendInvitation()
                            .send(
                                    a,
                                    new social.rapport.relation.connect.SendInvitation.Request(
                                            b, "hello", "colleague", null));
                    if (!"accepted".equals(sent.invitation().state()))
                        rel.acceptInvitation().accept(b, sent.invitation().id());
                });
                if (done) {
                    // A connection makes each follow the other, approving any waiting request.
                    world.connections.add(undirected);
                    world.follows.add(pair);
                    world.follows.add(List.of(r.b(), r.a()));
                    world.pending.remove(pair);
                    world.pending.remove(List.of(r.b(), r.a()));
                }
            }
            case "disconnect" -> {
                if (attempt(() -> rel.removeConnection().remove(a, b))) world.connections.remove(undirected);
            }
            case "block" -> {
                if (attempt(() -> rel.blockAccount().block(a, b))) {
                    world.blocks.add(pair);
                    world.follows.remove(pair);
                    world.follows.remove(List.of(r.b(), r.a()));
                    world.pending.remove(pair);
                    world.pending.remove(List.of(r.b(), r.a()));
                    world.connections.remove(undirected);
                }
            }
            case "unblock" -> {
                if (attempt(() -> rel.unblockAccount().unblock(a, b))) world.blocks.remove(pair);
            }
            case "mute" -> {
                if (attempt(() -> rel.muteAccount().mute(a, b, true, 0))) world.mutes.add(pair);
            }
            case "hide_connections" -> {
                rel.updateProfile()
                        .update(
                                a,
                                Map.of(
                                        "connections_list",
                                        new social.rapport.relation.profile.UpdateProfileFields.Change(
                                                null, List.of("only_me"), null)));
                world.hiddenConnections.add(r.a());
            }
            case "lock" -> {
                app.db()
                        .writeVoid(tx -> tx.handle()
                                .createUpdate("UPDATE accounts SET locked = TRUE WHERE id = :a")
                                .bind("a", a)
                                .execute());
                world.locked.add(r.a());
            }
            default -> throw new IllegalStateException(r.verb());
        }
        world.dropUnfollowedFromLists();
    }

    /**
     * Puts a member on the owner's list, making the list through the service on first use: done only
     * when the owner follows or is connected with them and they are not on it yet.
     */
    private void listMember(Step.ListMember l) {
        var ls = app.lists();
        long id = lists.computeIfAbsent(
                l.owner(),
                o -> ls.create()
                        .create(
                                acct(o),
                                new social.rapport.list.CreateList.Request(
                                        "list of u" + o, World.listPolicy(o), World.listExclusive(o)))
                        .id());
        Set<Integer> members = world.lists.computeIfAbsent(l.owner(), o -> new HashSet<>());
        boolean allowed = (world.follows(l.owner(), l.member()) || world.connected(l.owner(), l.member()))
                && !members.contains(l.member());
        boolean done = attempt(() -> ls.add().add(acct(l.owner()), id, List.of(acct(l.member()))));
        expectSame(l, allowed ? "added" : "refused", done ? "added" : "refused");
        if (done) members.add(l.member());
    }

    /** The production id of a person's list; 0 when they never made one. */
    long listId(int owner) {
        return lists.getOrDefault(owner, 0L);
    }

    /**
     * Chooses posts for an introduction: accepted only when every one is the owner's own live post
     * (not a reblog); anything else is refused and the earlier choice stays.
     */
    private void introduce(Step.Introduce i) {
        boolean own = true;
        for (int k : i.keys()) {
            World.Post p = k < world.posts.size() ? world.live(k) : null;
            if (p == null || p.isReblog() || p.author != i.owner()) own = false;
        }
        List<String> chosen = i.keys().stream().map(k -> Long.toString(id(k))).toList();
        int actual = status(
                () -> app.relations().setIntroduction().set(acct(i.owner()), "Hello from u" + i.owner(), chosen));
        expect(i, own ? 200 : 422, actual);
        if (actual == 200) world.introductions.put(i.owner(), List.copyOf(new LinkedHashSet<>(i.keys())));
    }

    /** Follows or unfollows a hashtag through the service; always done (a repeat changes nothing). */
    private void followTag(Step.FollowTag t) {
        int a = acct(t.account());
        var tags = app.tags().follow();
        boolean following = (t.on() ? tags.follow(a, t.tag()) : tags.unfollow(a, t.tag())).following();
        expect(t, t.on() ? 1 : 0, following ? 1 : 0);
        Set<String> now = world.followedTags.computeIfAbsent(t.account(), k -> new HashSet<>());
        if (t.on()) now.add(t.tag());
        else now.remove(t.tag());
    }

    /** Puts a member in one of the owner's circles, creating the circle through the service on first use. */
    private void circle(Step.Circle c) {
        var rel = app.relations();
        long id = circles.computeIfAbsent(
                c.circle(),
                k -> rel.createCircle().create(acct(c.owner()), "c" + k).id());
        world.createdCircles.add(c.circle());
        if (attempt(() -> rel.addToCircle().add(acct(c.owner()), id, List.of(acct(c.member()))))) {
            world.circles.computeIfAbsent(c.circle(), k -> new HashSet<>()).add(c.member());
        }
    }

    /** The production id of a logical circle; one that was never created gets an id no circle has. */
    long circleId(long logical) {
        return circles.getOrDefault(logical, 900_000_000L + logical);
    }

    private static String answer(java.util.function.Supplier<social.rapport.relation.Relationship> call) {
        try {
            var r = call.get();
            return r.following() ? "following" : r.requested() ? "requested" : "neither";
        } catch (Problem p) {
            return "refused";
        }
    }

    private static boolean attempt(Runnable r) {
        try {
            r.run();
            return true;
        } catch (Problem p) {
            return false;
        }
    }

    private void expectSame(Step step, String expected, String actual) {
        checks++;
        if (!expected.equals(actual)) {
            mismatches.add("step \"" + step.describe() + "\" answered " + actual + ", the model expects " + expected);
        }
    }

    private int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (Problem p) {
            return p.status();
        }
    }

    private void expect(Step step, int expected, int actual) {
        checks++;
        if (expected != actual) {
            mismatches.add("step \"" + step.describe() + "\" answered " + actual + ", the model expects " + expected);
        }
    }

    private void publish(Step.Publish p) {
        World.Post parent = p.replyTo() >= 0 ? world.posts.get(p.replyTo()) : null;
        World.Post quoted = p.quoteOf() >= 0 ? world.posts.get(p.quoteOf()) : null;
        if (quoted != null && quoted.isReblog()) quoted = world.posts.get(quoted.reblogOf);
        Set<String> grants = p.visibility() == null
                ? p.grants()
                : switch (p.visibility()) {
                    case "private" -> Set.of("followers");
                    case "direct" -> Set.of("mentioned");
                    default -> Set.of(p.visibility());
                };
        // A reply to a group's post stays in the group, whatever the app asks.
        if (parent != null
                && World.groupOf(parent) >= 0
                && p.visibility() == null
                && p.grants().isEmpty()) grants = parent.grants;
        if (grants.isEmpty()) grants = world.locked.contains(p.author()) ? Set.of("followers") : Set.of("public");
        int expected = 200;
        if (parent != null && (!world.sees(p.author(), parent) || parent.isReblog())) expected = 404;
        else if (p.quoteOf() >= 0
                && !(world.sees(p.author(), world.posts.get(p.quoteOf())) && world.sees(p.author(), quoted))) {
            expected = 404;
        } else if (parent != null && !world.mayReply(p.author(), parent)) expected = 403;
        else if (quoted != null && !world.mayQuote(p.author(), quoted)) expected = 403;
        else if (!circlesUsable(p.author(), grants, p.except())) expected = 422;
        else if (grants.stream()
                .anyMatch(g -> g.startsWith("group:") && !world.inGroup(Integer.parseInt(g.substring(6)), p.author())))
            expected = 422;
        // A private message: each recipient takes it, skips it (blocked or muted) or holds it as a request;
        // a second message to someone whose request is pending is refused (everyone takes requests here).
        List<Integer> reached = new ArrayList<>();
        List<Integer> requested = new ArrayList<>();
        if (expected == 200 && grants.equals(Set.of("mentioned")) && p.except().isEmpty()) {
            for (int r : new java.util.TreeSet<>(p.mentions())) {
                if (r == p.author() || world.blockedEitherWay(r, p.author()) || world.mutes(r, p.author())) continue;
                if (world.messageContacts.contains(List.of(r, p.author()))
                        || world.connected(r, p.author())
                        || world.follows(r, p.author())) {
                    reached.add(r);
                } else if (world.messageRequests.contains(List.of(p.author(), r))) {
                    expected = 422;
                } else {
                    requested.add(r);
                }
            }
        }

        StringBuilder text = new StringBuilder("post " + p.key() + " by u" + p.author());
        for (int m : p.mentions()) text.append(" @u").append(m);
        for (String t : p.tags()) text.append(" #").append(t);
        List<String> audience = p.visibility() == null
                ? p.grants().stream()
                        .map(g -> g.startsWith("circle:")
                                ? "circle:" + circleId(Long.parseLong(g.substring(7)))
                                : g.startsWith("group:")
                                        ? "group:" + groupIds.get(Integer.parseInt(g.substring(6)))
                                        : g)
                        .toList()
                : List.of();
        List<String> except =
                p.except().stream().map(c -> "circle:" + circleId(c)).toList();
        long[] made = {0};
        List<String> photos = media == null ? List.of() : media.upload(p.author(), p.key());
        PollRequest poll = hasPoll(p.key())
                ? new PollRequest(List.of("yes", "no"), PollRequest.MAX_EXPIRATION, false, false)
                : null;
        int actual = status(() -> made[0] = s.post()
                .post(
                        acct(p.author()),
                        new PostStatus.Request(
                                        text.toString(),
                                        null,
                                        null,
                                        false,
                                        null,
                                        p.visibility(),
                                        audience,
                                        except,
                                        p.replyPolicy(),
                                        p.replyTo() >= 0 ? Long.toString(id(p.replyTo())) : null,
                                        p.quoteOf() >= 0 ? Long.toString(id(p.quoteOf())) : null,
                                        quotePolicy(p.key()))
                                .withMediaIds(photos),
                        poll)
                .id());
        expect(p, expected, actual);
        World.Post post = new World.Post(
                p.key(),
                p.author(),
                -1,
                grants,
                new LinkedHashSet<>(p.except()),
                new HashSet<>(p.mentions()),
                parent == null ? -1 : parent.key,
                quoted == null ? -1 : quoted.key,
                p.replyPolicy(),
                new HashSet<>(p.tags()));
        post.quotePolicy = quotePolicy(p.key());
        post.poll = poll != null;
        post.deleted = actual != 200;
        world.posts.add(post);
        if (actual == 200) {
            ids.put(p.key(), made[0]);
            if (grants.equals(Set.of("mentioned")) && p.except().isEmpty()) {
                List<Integer> up = world.ancestors(p.key());
                world.threadOf.put(p.key(), up.isEmpty() ? p.key() : up.get(0));
                world.filed.add(List.of(p.author(), p.key()));
                for (int r : reached) world.filed.add(List.of(r, p.key()));
            }
            for (int r : reached) world.messageContacts.add(List.of(p.author(), r));
            for (int r : requested) {
                world.messageContacts.add(List.of(p.author(), r));
                world.messageRequests.add(List.of(p.author(), r));
                world.heldMessages.add(List.of(r, p.key()));
            }
            world.noteMentions(post);
            if (!photos.isEmpty()) media.published(p.key(), photos);
        }
    }

    /** Each post's quote policy, varied by its key so the story's random draws stay as they were. */
    static String quotePolicy(int key) {
        return QUOTE_POLICIES[key % QUOTE_POLICIES.length];
    }

    /** Which posts carry a poll, by key, so the story's random draws stay as they were. */
    static boolean hasPoll(int key) {
        return key % 3 == 1;
    }

    private static final String[] QUOTE_POLICIES = {"public", "followers", "public", "nobody"};

    private boolean circlesUsable(int author, Set<String> grants, Set<Long> except) {
        for (String g : grants) {
            if (g.startsWith("circle:") && !world.circleUsable(author, Long.parseLong(g.substring(7)))) return false;
        }
        for (long c : except) if (!world.circleUsable(author, c)) return false;
        return true;
    }

    private void act(Step.Act a) {
        World.Post target = world.posts.get(a.target());
        World.Post original = target.isReblog() ? world.posts.get(target.reblogOf) : target;
        boolean sees = world.sees(a.actor(), target) && world.sees(a.actor(), original);
        int actor = acct(a.actor());
        long id = id(a.target());
        switch (a.verb()) {
            case "reblog" -> reblog(a, target, original, sees);
            case "unreblog" -> {
                expect(a, sees ? 200 : 404, status(() -> s.reblog().unreblog(actor, id)));
                if (sees)
                    for (World.Post p : world.posts) {
                        if (!p.deleted && p.reblogOf == original.key && p.author == a.actor()) p.deleted = true;
                    }
            }
            case "favourite", "unfavourite" -> {
                boolean on = a.verb().equals("favourite");
                expect(a, sees ? 200 : 404, status(() -> s.favourite().favourite(actor, id, on)));
                boolean fresh = on && !world.favourites.contains(List.of(a.actor(), original.key));
                if (sees) save(world.favourites, a.actor(), original.key, on);
                if (sees && fresh && original.author != a.actor()) {
                    world.notes.add(new World.Note(original.author, "favourite", a.actor(), original.key, false));
                }
            }
            case "bookmark", "unbookmark" -> {
                boolean on = a.verb().equals("bookmark");
                expect(a, sees ? 200 : 404, status(() -> s.bookmark().bookmark(actor, id, on)));
                if (sees) save(world.bookmarks, a.actor(), original.key, on);
            }
            case "pin" -> {
                List<Integer> pins = world.pins.computeIfAbsent(a.actor(), k -> new ArrayList<>());
                int expected = !world.sees(a.actor(), target)
                        ? 404
                        : target.author != a.actor() || target.isReblog()
                                ? 422
                                : pins.size() >= 5 && !pins.contains(target.key) ? 422 : 200;
                expect(a, expected, status(() -> s.pin().pin(actor, id, true)));
                if (expected == 200 && !pins.contains(target.key)) pins.add(target.key);
            }
            case "edit" -> {
                boolean mine = world.sees(a.actor(), target) && target.author == a.actor() && !target.isReblog();
                StringBuilder text = new StringBuilder("edited post " + a.target());
                for (int m : target.mentions) text.append(" @u").append(m);
                for (String t : target.tags) text.append(" #").append(t);
                expect(
                        a,
                        mine ? 200 : 404,
                        status(() ->
                                s.edit().edit(actor, id, new EditStatus.Request(text.toString(), null, null, null))));
                if (mine) target.versions++;
            }
            case "report" -> {
                // Reporting a post one may see files a report; one's own is refused; any other is missing.
                int expected = !sees ? 404 : target.author == a.actor() ? 422 : 200;
                expect(a, expected, status(() -> app.reports().file().file(actor, report(acct(target.author), id))));
            }
            case "delete" -> {
                if (media != null) media.beforeDeleting(target.key);
                boolean mine = world.sees(a.actor(), target) && target.author == a.actor();
                expect(a, mine ? 200 : 404, status(() -> s.delete().delete(actor, id)));
                if (mine) delete(target);
            }
            case "vote" -> {
                // A poll is its post's: voted on by someone who may see the post (a reblog's id is no
                // poll), never by its author, once.
                int expected = !sees || target.isReblog() || !target.poll
                        ? 404
                        : target.author == a.actor() || world.votes.contains(List.of(a.actor(), target.key))
                                ? 422
                                : 200;
                expect(a, expected, status(() -> app.posts().polls().vote(actor, id, List.of("0"))));
                if (expected == 200) world.votes.add(List.of(a.actor(), target.key));
            }
            default -> throw new IllegalStateException(a.verb());
        }
    }

    private void reblog(Step.Act a, World.Post target, World.Post original, boolean sees) {
        boolean again =
                world.posts.stream().anyMatch(p -> !p.deleted && p.reblogOf == original.key && p.author == a.actor());
        int expected = !sees ? 404 : !world.mayReblog(a.actor(), target) ? 422 : 200;
        Status[] made = {null};
        int actual = status(() -> made[0] = s.reblog().reblog(acct(a.actor()), id(a.target())));
        expect(a, expected, actual);
        World.Post r = new World.Post(
                a.key(), a.actor(), original.key, original.grants, Set.of(), Set.of(), -1, -1, "everyone", Set.of());
        r.deleted = actual != 200 || again;
        world.posts.add(r);
        if (actual == 200 && !again) {
            ids.put(a.key(), made[0].id());
            if (original.author != a.actor())
                world.notes.add(new World.Note(original.author, "reblog", a.actor(), original.key, false));
        }
    }

    static social.rapport.report.FileReport.Request report(int account, long post) {
        return new social.rapport.report.FileReport.Request(
                Integer.toString(account),
                List.of(Long.toString(post)),
                "reported by the oracle",
                "spam",
                false,
                List.of());
    }

    private static void save(List<List<Integer>> saves, int who, int key, boolean on) {
        List<Integer> entry = List.of(who, key);
        if (on && !saves.contains(entry)) saves.add(entry);
        if (!on) saves.remove(entry);
    }

    private void delete(World.Post p) {
        p.deleted = true;
        for (World.Post r : world.posts) if (r.reblogOf == p.key) r.deleted = true;
        world.favourites.removeIf(f -> f.get(1) == p.key);
        world.bookmarks.removeIf(f -> f.get(1) == p.key);
        world.pins.values().forEach(l -> l.remove(Integer.valueOf(p.key)));
    }
}
