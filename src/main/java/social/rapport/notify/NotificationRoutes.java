package social.rapport.notify;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.timeline.Paging;
import social.rapport.web.Params;
import social.rapport.web.Web;

/** Mastodon's notification endpoints: auth, parse, one service call, render. */
public final class NotificationRoutes implements social.rapport.web.Routes {
    static final Set<String> TYPES = Set.of(
            "mention",
            "reblog",
            "favourite",
            "quote",
            "follow",
            "follow_request",
            "update",
            "poll",
            "invitation",
            "invitation_accepted",
            "claim",
            "recommendation");
    private final ReadNotifications read;
    private final ChangeNotifications change;
    private final Markers markers;
    private final GroupedNotificationRoutes grouped;
    private final NotificationRequestRoutes requests;
    private final AnnouncementRoutes announcements;

    NotificationRoutes(
            ReadNotifications read,
            ChangeNotifications change,
            Markers markers,
            GroupedNotificationRoutes grouped,
            NotificationRequestRoutes requests,
            AnnouncementRoutes announcements) {
        this.read = read;
        this.change = change;
        this.markers = markers;
        this.grouped = grouped;
        this.requests = requests;
        this.announcements = announcements;
    }

    /** Mastodon's Marker entity. */
    public record MarkerEntity(String lastReadId, int version, String updatedAt) {
        static MarkerEntity of(Marker m) {
            return new MarkerEntity(
                    Long.toString(m.lastReadId()), m.version(), social.rapport.core.Times.iso(m.updatedAt()));
        }
    }

    public record UnreadCount(int count) {}

    @Override
    public void register(RoutesConfig r) {
        // Before `/api/v1/notifications/{id}`, whose pattern would match their fixed paths.
        requests.register(r);
        r.get("/api/v1/notifications", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            Paging.answer(ctx, read.page(v.accountId(), filter(Params.query(ctx)), Paging.cursor(ctx)));
        });
        r.get("/api/v1/notifications/unread_count", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            Params p = Params.query(ctx);
            Integer limit = p.integer("limit");
            if (limit != null && limit < 1) throw Problem.invalid("limit", "limit must be at least 1");
            ctx.json(new UnreadCount(read.unreadCount(
                    v.accountId(), filter(p), limit == null ? ReadNotifications.UNREAD_DEFAULT_LIMIT : limit)));
        });
        r.get("/api/v1/markers", ctx -> {
            Viewer v = Web.user(ctx, "read:statuses");
            Map<String, MarkerEntity> out = new LinkedHashMap<>();
            markers.show(v.accountId(), Params.query(ctx).list("timeline"))
                    .forEach((t, m) -> out.put(t, MarkerEntity.of(m)));
            ctx.json(out);
        });
        r.post("/api/v1/markers", ctx -> {
            Viewer v = Web.user(ctx, "write:statuses");
            Params p = Params.of(ctx);
            Map<String, Long> positions = new LinkedHashMap<>();
            for (String t : List.of(Markers.HOME, Markers.NOTIFICATIONS)) {
                String id = lastReadId(p, t);
                if (id == null) continue;
                long parsed = Ids.parse(id.trim());
                if (parsed <= 0) throw Problem.invalid(t + "[last_read_id]", "last_read_id must be an id");
                positions.put(t, parsed);
            }
            Map<String, MarkerEntity> out = new LinkedHashMap<>();
            markers.save(v.accountId(), positions).forEach((t, m) -> out.put(t, MarkerEntity.of(m)));
            ctx.json(out);
        });
        r.post("/api/v1/notifications/clear", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            change.clear(v.accountId());
            ctx.json(java.util.Map.of());
        });
        r.get("/api/v1/notifications/{id}", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            ctx.json(read.one(v.accountId(), Web.longId(ctx, "id")));
        });
        r.post("/api/v1/notifications/{id}/dismiss", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            change.dismiss(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(java.util.Map.of());
        });
        r.get("/api/v2/notifications/policy", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            ctx.json(read.policy(v.accountId()));
        });
        r.patch("/api/v2/notifications/policy", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            Params p = Params.of(ctx);
            ctx.json(change.setPolicy(
                    v.accountId(),
                    new ChangeNotifications.PolicyChange(
                            p.string("for_not_following"),
                            p.string("for_not_followers"),
                            p.string("for_new_accounts"),
                            p.string("for_private_mentions"),
                            p.string("for_limited_accounts"))));
        });
        // After the policy's fixed path, which the group key's pattern would match too.
        grouped.register(r);
        announcements.register(r);
    }

    /** `home[last_read_id]` in a form or query, `{"home": {"last_read_id": …}}` in JSON. */
    private static String lastReadId(Params p, String timeline) {
        var node = p.node(timeline);
        if (node == null) return p.string(timeline + "[last_read_id]");
        var id = node.isObject() ? node.get("last_read_id") : null;
        if (id == null || !id.isValueNode() || id.isNull()) {
            throw Problem.invalid(timeline + "[last_read_id]", "last_read_id must be an id");
        }
        return id.asText();
    }

    static NotificationStore.Filter filter(Params p) {
        String from = p.string("account_id");
        int fromId = 0;
        if (from != null && !from.isBlank()) {
            long id = Ids.parse(from.trim());
            if (id <= 0 || id > Integer.MAX_VALUE) throw Problem.invalid("account_id", "account_id must be an id");
            fromId = (int) id;
        }
        List<String> asked = p.list("types");
        List<String> types = known(asked);
        return new NotificationStore.Filter(
                types, known(p.list("exclude_types")), fromId, false, !asked.isEmpty() && types.isEmpty());
    }

    /**
     * The types this server knows among those given: as Mastodon does, an unknown type (a newer
     * server's, or another server's own) is ignored rather than refused, so apps' filters keep working.
     */
    static List<String> known(List<String> given) {
        return given.stream().filter(TYPES::contains).distinct().toList();
    }
}
