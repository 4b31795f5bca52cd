package social.rapport.status;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.PostingPrivacy;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.status.poll.PollRequest;
import social.rapport.status.schedule.ScheduledStatuses;
import social.rapport.web.IdempotencyKeys;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** The Mastodon statuses API: auth, parse, one service call, render. */
public final class StatusRoutes implements Routes {
    /** The post services this surface calls. */
    public record Services(
            PostStatus post,
            EditStatus edit,
            DeleteStatus delete,
            Reblog reblog,
            Favourite favourite,
            Bookmark bookmark,
            Pin pin,
            ShowStatus show,
            SetPostingDefaults defaults,
            ScheduledStatuses scheduled,
            MuteConversation mute) {}

    private static final int MAX_ACCOUNTS = 80;
    private final Services s;
    private final IdempotencyKeys keys;

    public StatusRoutes(Services services, IdempotencyKeys keys) {
        this.s = services;
        this.keys = keys;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/statuses", ctx -> {
            Viewer v = Web.user(ctx, "write:statuses");
            Params p = Params.of(ctx);
            // What the app leaves out comes from the author's `source[sensitive]` and `source[language]`.
            Boolean sensitive = p.bool("sensitive");
            String language = p.string("language");
            PostingPrivacy.Extras extras = sensitive == null || language == null || language.isBlank()
                    ? s.defaults().extras(v.accountId())
                    : PostingPrivacy.Extras.NONE;
            PostStatus.Request req = new PostStatus.Request(
                    p.string("status"),
                    p.string("title"),
                    p.string("spoiler_text"),
                    sensitive == null ? extras.sensitive() : sensitive,
                    language == null || language.isBlank() ? extras.language() : language,
                    p.string("visibility"),
                    p.list("audience"),
                    p.list("audience_except"),
                    p.string("reply_policy"),
                    p.string("in_reply_to_id"),
                    p.string("quoted_status_id", p.string("quote_id")),
                    p.string("quote_approval_policy"),
                    p.list("media_ids"));
            PollRequest poll = PollRequest.parse(p.node("poll"));
            String scheduledAt = p.string("scheduled_at");
            if (scheduledAt != null && !scheduledAt.isBlank()) {
                // A post for later answers a ScheduledStatus; a retry with the same key answers the same one.
                ctx.json(keys.once(
                        v.accountId(),
                        "scheduled_statuses",
                        IdempotencyKeys.keyOf(ctx),
                        tx -> s.scheduled().schedule(tx, v.accountId(), req, poll, scheduledAt),
                        created -> Long.toString(created.id()),
                        id -> s.scheduled().show(v.accountId(), Long.parseLong(id)),
                        created -> s.scheduled().render(created)));
                return;
            }
            // A retried post (same Idempotency-Key) answers the post made the first time.
            ctx.json(keys.once(
                    v.accountId(),
                    "statuses",
                    IdempotencyKeys.keyOf(ctx),
                    tx -> s.post().post(tx, v.accountId(), req, poll),
                    created -> Long.toString(created.id()),
                    id -> s.show().show(v.accountId(), Long.parseLong(id)),
                    created -> s.show().render(v.accountId(), created)));
        });
        // Several posts at once (`id[]=1&id[]=2`): those the caller may not see are left out, as missing ones.
        r.get("/api/v1/statuses", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            ctx.json(s.show().showAll(v.accountId(), ids(ctx)));
        });
        r.get("/api/v1/statuses/{id}/source", ctx -> {
            Viewer v = Web.user(ctx, "read:statuses");
            ctx.json(s.show().source(v.accountId(), Web.longId(ctx, "id")));
        });
        // This server translates nothing (instance configuration says translation is off): like Mastodon
        // without a translation service, it answers 404, the same for every post, seen or not.
        r.post("/api/v1/statuses/{id}/translate", ctx -> {
            Web.user(ctx, "read:statuses");
            Web.longId(ctx, "id");
            throw Problem.notFound();
        });
        r.get("/api/v1/statuses/{id}", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            ctx.json(s.show().show(v.accountId(), Web.longId(ctx, "id")));
        });
        r.put("/api/v1/statuses/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:statuses");
            Params p = Params.of(ctx);
            Status edited = s.edit()
                    .edit(
                            v.accountId(),
                            Web.longId(ctx, "id"),
                            new EditStatus.Request(
                                    p.string("status"),
                                    p.string("title"),
                                    p.string("spoiler_text"),
                                    p.bool("sensitive"),
                                    p.string("quote_approval_policy"),
                                    PollRequest.parse(p.node("poll")),
                                    p.has("media_ids") ? p.list("media_ids") : null,
                                    mediaAttributes(p)));
            ctx.json(s.show().render(v.accountId(), edited));
        });
        r.delete("/api/v1/statuses/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:statuses");
            Status gone = s.delete().delete(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(java.util.Map.of("id", Long.toString(gone.id()), "text", gone.source()));
        });
        r.get("/api/v1/statuses/{id}/context", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            ctx.json(s.show().context(v.accountId(), Web.longId(ctx, "id")));
        });
        r.get("/api/v1/statuses/{id}/history", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            ctx.json(s.show().history(v.accountId(), Web.longId(ctx, "id")));
        });
        r.get("/api/v1/statuses/{id}/reblogged_by", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            ctx.json(s.show().rebloggedBy(v.accountId(), Web.longId(ctx, "id"), limit(ctx)));
        });
        r.get("/api/v1/statuses/{id}/favourited_by", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            ctx.json(s.show().favouritedBy(v.accountId(), Web.longId(ctx, "id"), limit(ctx)));
        });
        action(r, "reblog", "write:statuses", (v, id) -> s.reblog().reblog(v, id));
        action(r, "unreblog", "write:statuses", (v, id) -> s.reblog().unreblog(v, id));
        action(r, "favourite", "write:favourites", (v, id) -> s.favourite().favourite(v, id, true));
        action(r, "unfavourite", "write:favourites", (v, id) -> s.favourite().favourite(v, id, false));
        action(r, "bookmark", "write:bookmarks", (v, id) -> s.bookmark().bookmark(v, id, true));
        action(r, "unbookmark", "write:bookmarks", (v, id) -> s.bookmark().bookmark(v, id, false));
        action(r, "pin", "write:accounts", (v, id) -> s.pin().pin(v, id, true));
        action(r, "unpin", "write:accounts", (v, id) -> s.pin().pin(v, id, false));
        action(r, "mute", "write:mutes", (v, id) -> s.mute().mute(v, id));
        action(r, "unmute", "write:mutes", (v, id) -> s.mute().unmute(v, id));
        // Mastodon's preferences, from the posting defaults: the visibility nearest the default audience.
        r.get("/api/v1/preferences", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            java.util.Map<String, Object> prefs = new java.util.LinkedHashMap<>();
            prefs.put("posting:default:visibility", s.defaults().of(v.accountId()));
            PostingPrivacy.Extras extras = s.defaults().extras(v.accountId());
            prefs.put("posting:default:sensitive", extras.sensitive());
            prefs.put("posting:default:language", extras.language());
            prefs.put("reading:expand:media", "default");
            prefs.put("reading:expand:spoilers", false);
            ctx.json(prefs);
        });
        r.get("/api/v1/rapport/posting_defaults", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(s.defaults().show(v.accountId()));
        });
        r.put("/api/v1/rapport/posting_defaults", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            Params p = Params.of(ctx);
            ctx.json(s.defaults()
                    .set(
                            v.accountId(),
                            p.string("visibility"),
                            p.list("audience"),
                            p.list("audience_except"),
                            p.string("reply_policy")));
        });
    }

    private interface Action {
        Status apply(int viewer, long id);
    }

    private void action(RoutesConfig r, String name, String scope, Action a) {
        r.post("/api/v1/statuses/{id}/" + name, ctx -> {
            Viewer v = Web.user(ctx, scope);
            ctx.json(s.show().render(v.accountId(), a.apply(v.accountId(), Web.longId(ctx, "id"))));
        });
    }

    private static final int MAX_IDS = 40;

    /** `media_attributes[]`: the id of an attached upload with its new `description` and `focus`. */
    private static List<PostMedia.Attribute> mediaAttributes(Params p) {
        List<PostMedia.Attribute> out = new ArrayList<>();
        for (var r : p.records("media_attributes", "id", "description", "focus")) {
            out.add(new PostMedia.Attribute(r.get("id"), r.get("description"), r.get("focus")));
        }
        return out;
    }

    private static List<Long> ids(Context ctx) {
        List<String> raw = Params.query(ctx).list("id");
        if (raw.isEmpty()) throw Problem.invalid("id", "id[] is missing");
        if (raw.size() > MAX_IDS) throw Problem.invalid("id", "at most " + MAX_IDS + " ids");
        List<Long> out = new ArrayList<>();
        for (String s : raw) {
            try {
                out.add(Long.parseLong(s));
            } catch (NumberFormatException e) {
                // An id that cannot exist names no post: it is left out like any missing one.
            }
        }
        return out;
    }

    private static int limit(Context ctx) {
        Integer n = Params.query(ctx).integer("limit");
        if (n != null && n < 1) throw social.rapport.core.Problem.invalid("limit", "limit must be at least 1");
        return n == null ? 40 : Math.min(n, MAX_ACCOUNTS);
    }
}
