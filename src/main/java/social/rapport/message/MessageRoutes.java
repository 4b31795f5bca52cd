package social.rapport.message;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;
import social.rapport.core.Viewer;
import social.rapport.status.Cursor;
import social.rapport.timeline.Paging;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's conversations, and Rapport's message requests and who may message whom. */
public final class MessageRoutes implements Routes {
    private static final String READ = "read:statuses";
    private static final String WRITE = "write:conversations";
    private static final String REQUESTS = "/api/v1/rapport/message_requests";

    /** The services these routes call, and nothing else. */
    public record Services(
            ShowConversations show,
            ReadConversation read,
            RemoveConversation remove,
            MessageRequests requests,
            MessageSettings settings) {}

    private final Services m;

    public MessageRoutes(Services m) {
        this.m = m;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/conversations", ctx -> {
            Viewer v = Web.user(ctx, READ);
            ShowConversations.Page page = m.show().page(v.accountId(), Paging.cursor(ctx));
            Paging.link(ctx, page.next(), page.prev());
            ctx.json(page.items());
        });
        r.post("/api/v1/conversations/{id}/read", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            ctx.json(m.read().read(v.accountId(), Web.longId(ctx, "id")));
        });
        r.delete("/api/v1/conversations/{id}", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.remove().remove(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.get("/api/v1/rapport/conversations/unread_count", ctx -> {
            Viewer v = Web.user(ctx, READ);
            ctx.json(Map.of("count", m.show().unreadCount(v.accountId())));
        });
        r.get(REQUESTS, ctx -> {
            Viewer v = Web.user(ctx, READ);
            Cursor c = Paging.cursor(ctx);
            List<MessageRequests.Shown> shown = m.requests().pending(v.accountId(), c.maxId(), c.limit());
            if (!shown.isEmpty()) {
                long oldest = shown.get(shown.size() - 1).request().id();
                Paging.link(ctx, oldest, shown.get(0).request().id());
            }
            ctx.json(m.requests().entities(v.accountId(), shown));
        });
        r.post(REQUESTS + "/{id}/accept", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.requests().accept(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.post(REQUESTS + "/{id}/decline", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.requests().decline(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.get("/api/v1/rapport/message_settings", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(Map.of("who_may_message", m.settings().of(v.accountId()).wire()));
        });
        r.put("/api/v1/rapport/message_settings", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            String who = Params.of(ctx).string("who_may_message");
            WhoMayMessage chosen = m.settings().change(v.accountId(), WhoMayMessage.parse(who));
            ctx.json(Map.of("who_may_message", chosen.wire()));
        });
    }
}
