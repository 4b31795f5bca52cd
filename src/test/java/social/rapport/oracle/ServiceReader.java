package social.rapport.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import social.rapport.app.App;
import social.rapport.core.Problem;
import social.rapport.notify.NotificationStore;
import social.rapport.search.FindPosts;
import social.rapport.status.Cursor;
import social.rapport.status.PostStatus;
import social.rapport.status.StatusRoutes;
import social.rapport.timeline.AccountStatuses;
import social.rapport.timeline.LinkedPage;
import social.rapport.timeline.Timelines;
import social.rapport.web.WebServer;

/** Asks the services directly, as the HTTP handlers do, and writes their answers as the API's JSON. */
final class ServiceReader implements Reader {
    static final int LIMIT = 40;
    private final StatusRoutes.Services s;
    private final Timelines t;
    private final App app;

    ServiceReader(App app) {
        this.app = app;
        this.s = app.posts().services();
        this.t = app.timelines();
    }

    private static Answer answer(Supplier<Object> call) {
        try {
            Object out = call.get();
            if (out instanceof LinkedPage<?> page) {
                return new Answer(200, WebServer.JSON.valueToTree(page.items()), page.next());
            }
            return new Answer(200, WebServer.JSON.valueToTree(out), 0);
        } catch (Problem p) {
            return new Answer(p.status(), (JsonNode) null, 0);
        }
    }

    public Answer status(int v, long id) {
        return answer(() -> s.show().show(v, id));
    }

    public Answer context(int v, long id) {
        return answer(() -> s.show().context(v, id));
    }

    public Answer poll(int v, long id) {
        return answer(() -> app.posts().polls().show(v, id));
    }

    public Answer history(int v, long id) {
        return answer(() -> s.show().history(v, id));
    }

    public Answer rebloggedBy(int v, long id) {
        return answer(() -> s.show().rebloggedBy(v, id, 80));
    }

    public Answer favouritedBy(int v, long id) {
        return answer(() -> s.show().favouritedBy(v, id, 80));
    }

    public Answer list(int v, String list, long maxId) {
        Cursor c = new Cursor(maxId == 0 ? Long.MAX_VALUE : maxId, 0, false, LIMIT);
        return answer(() -> {
            if (list.equals("home")) return t.home().page(v, c);
            if (list.equals("public")) return t.publicTimeline().page(v, c);
            if (list.startsWith("tag:")) return t.publicTimeline().tag(v, list.substring(4), c);
            if (list.startsWith("profile:")) {
                return t.profile()
                        .page(
                                v,
                                Integer.parseInt(list.substring(8)),
                                c,
                                new AccountStatuses.Filter(false, false, false));
            }
            if (list.startsWith("list:")) return app.lists().timeline().page(v, Long.parseLong(list.substring(5)), c);
            if (list.equals("bookmarks")) return t.saved().bookmarks(v, c);
            return t.saved().favourites(v, c);
        });
    }

    public Answer notifications(int v, long maxId) {
        Cursor c = new Cursor(maxId == 0 ? Long.MAX_VALUE : maxId, 0, false, LIMIT);
        return answer(() -> app.notifications().read().page(v, new NotificationStore.Filter(null, null, 0, false), c));
    }

    public Answer grouped(int v, long maxId) {
        Cursor c = new Cursor(maxId == 0 ? Long.MAX_VALUE : maxId, 0, false, LIMIT);
        var page = app.notifications()
                .grouped()
                .page(
                        v,
                        new NotificationStore.Filter(java.util.List.of(), java.util.List.of(), 0, false),
                        social.rapport.notify.GroupedNotifications.GROUPED_TYPES,
                        c);
        return new Answer(200, WebServer.JSON.valueToTree(page.results()), page.next());
    }

    public Answer notification(int v, long id) {
        return answer(() -> app.notifications().read().one(v, id));
    }

    public Answer searchPosts(int v, String q, long maxId) {
        return answer(() -> app.search().posts(v, new FindPosts.Request(q, 0, 0, maxId, LIMIT, 0)));
    }

    public Answer searchAccounts(int v, String q) {
        return answer(() -> app.search().accounts(v, q, LIMIT, 0, false).stream()
                .map(a -> java.util.Map.of("id", Integer.toString(a.id())))
                .toList());
    }

    public Answer act(int v, String verb, long id, int author) {
        return answer(() -> switch (verb) {
            case "report" -> app.reports().file().file(v, Driver.report(author, id));
            case "favourite" -> s.favourite().favourite(v, id, true);
            case "bookmark" -> s.bookmark().bookmark(v, id, true);
            case "reblog" -> s.reblog().reblog(v, id);
            case "pin" -> s.pin().pin(v, id, true);
            case "vote" -> app.posts().polls().vote(v, id, java.util.List.of("0"));
            case "reply", "quote" ->
                s.post()
                        .post(
                                v,
                                new PostStatus.Request(
                                        "should not exist",
                                        null,
                                        null,
                                        false,
                                        null,
                                        "public",
                                        java.util.List.of(),
                                        java.util.List.of(),
                                        null,
                                        verb.equals("reply") ? Long.toString(id) : null,
                                        verb.equals("quote") ? Long.toString(id) : null));
            default -> throw new IllegalArgumentException(verb);
        });
    }

    public Answer account(int v, int account, String handle) {
        return answer(() -> handle == null
                ? app.showAccount().byId(v, account)
                : app.showAccount().byAcct(v, handle));
    }

    public Answer people(int v, int account, String which) {
        var rel = app.relations();
        social.rapport.relation.AccountPage page = social.rapport.relation.AccountPage.first(80);
        return answer(() -> rel.cards()
                .cards(
                        v,
                        switch (which) {
                            case "followers" -> rel.followLists().followers(v, account, page);
                            case "following" -> rel.followLists().following(v, account, page);
                            case "connections" -> rel.connectionList().connections(v, account, page);
                            default -> rel.connectionList().mutuals(v, account, page);
                        }));
    }

    public Answer relationship(int v, int account) {
        return answer(() -> app.relations().relationships().of(v, java.util.List.of(account)));
    }

    public Answer introduction(int v, int account) {
        return answer(() -> {
            var shown = app.relations().viewIntroduction().view(v, account);
            return java.util.Map.of(
                    "text",
                    shown.text(),
                    "post_ids",
                    shown.postIds().stream().map(String::valueOf).toList());
        });
    }

    public Answer conversations(int v, boolean unread) {
        if (unread)
            return answer(() -> java.util.Map.of("count", app.messages().show().unreadCount(v)));
        return answer(() -> app.messages().show().page(v, Cursor.newest(LIMIT)).items());
    }

    public Answer networkPeople(int v) {
        return answer(() -> java.util.Map.of(
                "people",
                app.relations()
                        .describeAudience()
                        .describe(v, java.util.List.of("network"), java.util.List.of())
                        .people()));
    }
}
