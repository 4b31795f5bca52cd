package social.rapport.oracle;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import social.rapport.testing.Http;

/** Asks the same questions over HTTP with each person's bearer token, for a sample of the checks. */
final class HttpReader implements Reader {
    private static final Pattern NEXT = Pattern.compile("max_id=(\\d+)>; rel=\"next\"");
    private final Http http;
    private final Map<Integer, String> tokens;

    HttpReader(Http http, Map<Integer, String> tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    private Answer get(int v, String path) {
        Http.Res r = http.get(path, tokens.get(v));
        long next = 0;
        String link = r.header("Link");
        if (link != null) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) next = Long.parseLong(m.group(1));
        }
        return new Answer(r.status(), r.status() == 200 ? r.json() : null, next);
    }

    public Answer status(int v, long id) {
        return get(v, "/api/v1/statuses/" + id);
    }

    public Answer context(int v, long id) {
        return get(v, "/api/v1/statuses/" + id + "/context");
    }

    public Answer poll(int v, long id) {
        return get(v, "/api/v1/polls/" + id);
    }

    public Answer history(int v, long id) {
        return get(v, "/api/v1/statuses/" + id + "/history");
    }

    public Answer rebloggedBy(int v, long id) {
        return get(v, "/api/v1/statuses/" + id + "/reblogged_by?limit=80");
    }

    public Answer favouritedBy(int v, long id) {
        return get(v, "/api/v1/statuses/" + id + "/favourited_by?limit=80");
    }

    public Answer list(int v, String list, long maxId) {
        String path;
        if (list.equals("home")) path = "/api/v1/timelines/home";
        else if (list.equals("public")) path = "/api/v1/timelines/public";
        else if (list.startsWith("tag:")) path = "/api/v1/timelines/tag/" + list.substring(4);
        else if (list.startsWith("profile:")) path = "/api/v1/accounts/" + list.substring(8) + "/statuses";
        else if (list.startsWith("list:")) path = "/api/v1/timelines/list/" + list.substring(5);
        else path = "/api/v1/" + list;
        return get(v, path + "?limit=" + ServiceReader.LIMIT + (maxId == 0 ? "" : "&max_id=" + maxId));
    }

    public Answer notifications(int v, long maxId) {
        return get(v, "/api/v1/notifications?limit=" + ServiceReader.LIMIT + (maxId == 0 ? "" : "&max_id=" + maxId));
    }

    public Answer grouped(int v, long maxId) {
        return get(v, "/api/v2/notifications?limit=" + ServiceReader.LIMIT + (maxId == 0 ? "" : "&max_id=" + maxId));
    }

    public Answer notification(int v, long id) {
        return get(v, "/api/v1/notifications/" + id);
    }

    public Answer searchPosts(int v, String q, long maxId) {
        Answer a = get(
                v,
                "/api/v2/search?type=statuses&limit=" + ServiceReader.LIMIT + "&q=" + q
                        + (maxId == 0 ? "" : "&max_id=" + maxId));
        return new Answer(a.status(), a.body() == null ? null : a.body().get("statuses"), 0);
    }

    public Answer searchAccounts(int v, String q) {
        Answer a = get(v, "/api/v2/search?type=accounts&limit=" + ServiceReader.LIMIT + "&q=" + q);
        return new Answer(a.status(), a.body() == null ? null : a.body().get("accounts"), 0);
    }

    public Answer act(int v, String verb, long id, int author) {
        Http.Res r;
        if (verb.equals("report")) {
            r = http.postJson(
                    "/api/v1/reports",
                    tokens.get(v),
                    Http.map(
                            "account_id",
                            Integer.toString(author),
                            "status_ids",
                            java.util.List.of(Long.toString(id)),
                            "category",
                            "spam"));
        } else if (verb.equals("reply") || verb.equals("quote")) {
            r = http.postJson(
                    "/api/v1/statuses",
                    tokens.get(v),
                    Http.map(
                            "status",
                            "should not exist",
                            verb.equals("reply") ? "in_reply_to_id" : "quoted_status_id",
                            Long.toString(id)));
        } else if (verb.equals("vote")) {
            r = http.postJson(
                    "/api/v1/polls/" + id + "/votes", tokens.get(v), Http.map("choices", java.util.List.of(0)));
        } else {
            r = http.post("/api/v1/statuses/" + id + "/" + verb, tokens.get(v));
        }
        return new Answer(r.status(), r.status() == 200 ? r.json() : null, 0);
    }

    /**
     * A hidden account must be answered byte for byte like a missing one: a 404 whose body differs
     * from a missing account's comes back as status -404, which no check expects.
     */
    public Answer account(int v, int account, String handle) {
        String path = handle == null ? "/api/v1/accounts/" : "/api/v1/accounts/lookup?acct=";
        Answer a = get(v, path + (handle == null ? Integer.toString(account) : handle));
        if (a.status() != 404) return a;
        String missing = http.get(path + (handle == null ? "2000000000" : "nobody_here"), tokens.get(v))
                .body();
        return http.get(path + (handle == null ? Integer.toString(account) : handle), tokens.get(v))
                        .body()
                        .equals(missing)
                ? a
                : new Answer(-404, null, 0);
    }

    public Answer people(int v, int account, String which) {
        String base = which.equals("followers") || which.equals("following")
                ? "/api/v1/accounts/"
                : "/api/v1/rapport/accounts/";
        return get(v, base + account + "/" + which + "?limit=80");
    }

    public Answer relationship(int v, int account) {
        return get(v, "/api/v1/accounts/relationships?id[]=" + account);
    }

    public Answer introduction(int v, int account) {
        return get(v, "/api/v1/rapport/accounts/" + account + "/introduction");
    }

    /** The composer's sentence is a page for a browser session, not for a token: asked of the services only. */
    public Answer conversations(int v, boolean unread) {
        return get(v, unread ? "/api/v1/rapport/conversations/unread_count" : "/api/v1/conversations?limit=40");
    }

    public Answer networkPeople(int v) {
        return null;
    }
}
