package social.rapport.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import social.rapport.app.App;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Runs the privacy oracle: random worlds from a seed, played through the production services,
 * every read path checked for every viewer against the model (a sample of them over HTTP too):
 * posts, threads, listings, notifications (the list and each by id), the HTML pages (home, profiles,
 * thread pages with their meta tags), account search, for the end of the first world's story,
 * live streams, Web Push payloads (first world: what is pushed live, and what is pushed when every
 * notification is queued again at the end), and in every world streams opened while their token is revoked or session ends. Some people are not discoverable, and one world in three is on an instance where
 * visitors see no profiles.
 * World after world until enough checks are made. A mismatch is shrunk to the shortest story
 * that still shows it and reported with its seed.
 */
public final class PrivacyOracle {
    public record Result(
            long checks,
            long httpChecks,
            long pageChecks,
            long mediaChecks,
            int worlds,
            List<String> mismatches,
            String story,
            long seed) {
        public String summary() {
            return "privacy oracle: " + checks + " checks (" + httpChecks + " over HTTP, " + pageChecks + " on pages, "
                    + mediaChecks + " of media) in " + worlds + " worlds, " + mismatches.size() + " mismatches, seed "
                    + seed;
        }
    }

    /** One world's outcome. */
    private record Played(
            long checks,
            long httpChecks,
            long pageChecks,
            long mediaChecks,
            List<String> mismatches,
            List<Checker.Check> failing) {}

    /** Shares of the profile pages and thread pages fetched per viewer and world. */
    static final double PROFILE_PAGES = 0.2;

    static final double THREAD_PAGES = 0.02;
    /** How many of the last steps of a story play while some viewers hold streams open. */
    static final int STREAMED_STEPS = 60;

    private final TestDb db;
    private final int people;
    private final int posts;
    private final double httpShare;

    public PrivacyOracle(TestDb db, int people, int posts, double httpShare) {
        this.db = db;
        this.people = people;
        this.posts = posts;
        this.httpShare = httpShare;
    }

    /** Plays worlds from `seed` on until at least `minChecks` checks, stopping at the first mismatch. */
    public Result run(long seed, long minChecks) {
        long checks = 0;
        long http = 0;
        long pages = 0;
        long media = 0;
        int worlds = 0;
        while (checks < minChecks) {
            long worldSeed = seed + worlds;
            List<Step> story = new StoryMaker(worldSeed, people).make(posts);
            Played p = play(worldSeed, story, true, null, worlds == 0);
            worlds++;
            checks += p.checks();
            http += p.httpChecks();
            pages += p.pageChecks();
            media += p.mediaChecks();
            System.out.println("privacy oracle: world " + worldSeed + ": " + p.checks() + " checks, "
                    + p.mismatches().size() + " mismatches");
            if (!p.mismatches().isEmpty()) {
                String first = p.mismatches().get(0);
                p.mismatches().stream()
                        .limit(10)
                        .forEach(m ->
                                System.out.println("privacy oracle: mismatch" + " (seed " + worldSeed + "): " + m));
                if (first.startsWith(RevocationRace.MISMATCH)) {
                    // A race depends on timing, not on the story, so replaying shorter stories shows nothing.
                    return new Result(checks, http, pages, media, worlds, p.mismatches(), Step.story(story), worldSeed);
                }
                System.out.println("privacy oracle: shrinking the story behind: " + first);
                List<Step> smallest = shrink(worldSeed, story, first);
                return new Result(checks, http, pages, media, worlds, p.mismatches(), Step.story(smallest), worldSeed);
            }
        }
        return new Result(checks, http, pages, media, worlds, List.of(), "", seed);
    }

    /** Plays one world; `streams` opens streams for the end of the story (once per run keeps the run short). */
    private Played play(long seed, List<Step> story, boolean full, String only, boolean streams) {
        try (TestServer server = TestServer.start(db)) {
            App app = server.app();
            int[] accounts = new int[people + 1];
            Map<Integer, String> tokens = new HashMap<>();
            for (int i = 1; i <= people; i++) {
                TestUsers.User u = TestUsers.create(app, "u" + i);
                accounts[i] = u.id();
                tokens.put(u.id(), u.token());
            }
            World world = new World(people);
            // Some people are not discoverable; visitors may search here (after checking they may not by default).
            for (int i = 3; i <= people; i += 4) {
                int id = accounts[i];
                app.db().writeVoid(tx -> app.accounts().setDiscovery(tx, id, false, true));
                world.undiscoverable.add(i);
            }
            String refused = full
                    ? (server.http().get("/api/v2/search?q=u").status() == 401
                            ? null
                            : "search as anonymous over HTTP by default: expected 401")
                    : null;
            // One world in three is on an instance where visitors see no profiles: every read path must agree.
            boolean visitorsSee = seed % 3 != 1;
            app.signedOut().set(true, visitorsSee, true);
            world.visitorsSeeProfiles = visitorsSee;
            Driver driver = new Driver(world, app, accounts);
            MediaAudit media = new MediaAudit(world, driver, server, tokens);
            driver.media = media;
            // Everyone's notifications are pushed during the first world's story, and checked at its end.
            PushPayloads push = full && streams ? new PushPayloads(server, tokens) : null;
            if (push != null) push.subscribeAll();
            long t0 = System.nanoTime();
            // The end of the story plays with streams open (only on a full run: a shrinking replay skips them).
            int watchFrom = full && streams ? Math.max(0, story.size() - STREAMED_STEPS) : story.size();
            driver.play(story.subList(0, watchFrom));
            List<String> streamed = new ArrayList<>();
            long streamChecks = 0;
            if (watchFrom < story.size()) {
                int probe = TestUsers.create(app, "probe").id();
                try (StreamWatcher watcher =
                        new StreamWatcher(world, driver, server, probe, tokens, List.of(1, 2, 3), List.of(0, 4))) {
                    for (Step step : story.subList(watchFrom, story.size())) {
                        watcher.before(step);
                        driver.play(List.of(step));
                        watcher.after(step);
                    }
                    streamed.addAll(watcher.mismatches);
                    streamChecks = watcher.checks;
                }
            }
            if (full) {
                // Streams opened while their credential ends; its posts join the model before the checks below.
                RevocationRace race = new RevocationRace(world, driver, server, seed);
                race.run();
                streamed.addAll(race.mismatches);
                streamChecks += race.checks;
            }
            // Groups of each kind, their posts, and members removed or banned after posting.
            GroupStory groups = new GroupStory(world, driver, server.http(), tokens, seed);
            groups.play();
            long t1 = System.nanoTime();
            List<String> mismatches = new ArrayList<>(driver.mismatches);
            mismatches.addAll(groups.mismatches);
            if (refused != null) mismatches.add(refused);
            mismatches.addAll(streamed);
            Checker checker = new Checker(world, driver);
            Reader services = media.watching(new ServiceReader(app));
            Reader overHttp = media.watching(new HttpReader(server.http(), tokens));
            Random sample = new Random(seed);
            long httpChecks = 0;
            List<Checker.Check> failing = new ArrayList<>();
            long rowsBefore = rows(app);
            for (Checker.Check c : checker.all()) {
                if (only != null && !only.equals(c.describe())) continue;
                String wrong = join(checker.check(services, c), media.drain());
                if (wrong != null) {
                    mismatches.add(c.describe() + ": " + wrong);
                    failing.add(c);
                }
                if (full && sample.nextDouble() < httpShare) {
                    long before = checker.checks;
                    String overWire = join(checker.check(overHttp, c), media.drain());
                    httpChecks += checker.checks - before;
                    if (overWire != null) mismatches.add(c.describe() + " over HTTP: " + overWire);
                }
            }
            checker.checks++;
            GroupCheck groupReads = new GroupCheck(world, driver, server.http(), tokens);
            if (full || only.startsWith("group ")) {
                groupReads.run();
                for (String wrong : groupReads.mismatches) {
                    if (only == null || wrong.startsWith(only)) mismatches.add(wrong);
                }
            }
            long pageChecks = 0;
            if (full || only.startsWith("page ")) {
                PageChecker pages = new PageChecker(world, driver, server, media);
                for (PageChecker.PageCheck pc : pages.all(seed, PROFILE_PAGES, THREAD_PAGES)) {
                    if (only != null && !only.equals(pc.describe())) continue;
                    String wrong = pages.check(pc);
                    if (wrong != null) mismatches.add(pc.describe() + ": " + wrong);
                }
                pageChecks = pages.checks;
            }
            if (full || only.startsWith("media ")) {
                for (String wrong : media.verify()) {
                    if (only == null || wrong.startsWith(only)) mismatches.add(wrong);
                }
            }
            if (full) {
                checker.checks++;
                int anonymous = server.http().get("/api/v1/notifications").status();
                if (anonymous != 401)
                    mismatches.add("notifications as anonymous over HTTP: expected 401, got " + anonymous);
            }
            if (full) {
                System.out.printf(
                        "privacy oracle: story of %d steps played in %.1f s (%d stream checks), checked in %.1f s"
                                + " (%d on pages, %d of media, %d of groups)%n",
                        story.size(),
                        (t1 - t0) / 1e9,
                        streamChecks,
                        (System.nanoTime() - t1) / 1e9,
                        pageChecks,
                        media.checks,
                        groups.checks + groupReads.checks);
                System.out.println("privacy oracle: media: " + media.timing());
            }
            long rowsAfter = rows(app);
            if (rowsAfter != rowsBefore) {
                mismatches.add(
                        "refused actions changed the store: " + rowsBefore + " rows before, " + rowsAfter + " after");
            }
            long pushChecks = 0;
            if (push != null) {
                try (push) {
                    push.check(checker.rows(), checker::shown);
                }
                mismatches.addAll(push.mismatches);
                pushChecks = push.checks;
                System.out.println("privacy oracle: " + pushChecks + " push payload checks");
            }
            return new Played(
                    driver.checks
                            + checker.checks
                            + pageChecks
                            + streamChecks
                            + pushChecks
                            + media.checks
                            + groups.checks
                            + groupReads.checks,
                    httpChecks,
                    pageChecks,
                    media.checks,
                    mismatches,
                    failing);
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    private static long rows(App app) {
        return app.db()
                .read(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM statuses) + (SELECT COUNT(*) FROM favourites)"
                                + " + (SELECT COUNT(*) FROM bookmarks) + (SELECT COUNT(*) FROM pins) + (SELECT COUNT(*) FROM reports)"
                                + " + (SELECT COUNT(*) FROM notifications)")
                        .mapTo(Long.class)
                        .one());
    }

    /**
     * Shortens the story while the first mismatch still shows: drops ever smaller runs of steps
     * (a dropped post keeps its key, as a post that never existed), within a budget of replays.
     */
    List<Step> shrink(long seed, List<Step> story, String mismatch) {
        String signature = mismatch.contains(": ") ? mismatch.substring(0, mismatch.indexOf(": ")) : mismatch;
        Predicate<List<Step>> stillFails = s ->
                play(seed, s, false, signature, false).mismatches().stream().anyMatch(m -> m.startsWith(signature));
        List<Step> current = new ArrayList<>(story);
        int budget = 60;
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1 && budget > 0; chunk /= 2) {
            for (int at = current.size() - chunk; at >= 0 && budget > 0; at -= chunk) {
                List<Step> candidate = new ArrayList<>(current);
                boolean changed = false;
                for (int i = at; i < at + chunk; i++) {
                    Step s = candidate.get(i);
                    Step replacement = s instanceof Step.Publish p
                            ? new Step.Removed(p.key())
                            : s instanceof Step.Act a && a.verb().equals("reblog")
                                    ? new Step.Removed(a.key())
                                    : s instanceof Step.Removed ? s : null;
                    if (replacement != s) changed = true;
                    candidate.set(i, replacement);
                }
                candidate.removeIf(java.util.Objects::isNull);
                if (!changed) continue;
                budget--;
                if (stillFails.test(candidate)) current = candidate;
            }
        }
        return current;
    }
}
