package social.rapport.account.api;

import io.javalin.config.RoutesConfig;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.SuspendAccount;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's moderation actions on accounts: suspend and lift a suspension. Auth, parse, one call. */
public final class AdminAccountRoutes implements Routes {
    private final SuspendAccount suspend;

    public AdminAccountRoutes(SuspendAccount suspend) {
        this.suspend = suspend;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/admin/accounts/{id}/action", ctx -> {
            Viewer v = moderator(ctx);
            String type = Params.of(ctx).string("type");
            if (type == null || type.isBlank()) throw Problem.invalid("type", "type is required");
            if (!type.equals("suspend")) throw Problem.invalid("type", "Only the suspend action is supported");
            suspend.suspend(v.accountId(), Web.accountId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.post("/api/v1/admin/accounts/{id}/unsuspend", ctx -> {
            Viewer v = moderator(ctx);
            ctx.json(entity(suspend.unsuspend(v.accountId(), Web.accountId(ctx, "id"))));
        });
    }

    private static Viewer moderator(io.javalin.http.Context ctx) {
        Viewer v = Web.user(ctx, "admin:write:accounts");
        if (!v.isModerator()) throw Problem.forbidden("This action is not allowed");
        return v;
    }

    /** Mastodon's Admin::Account, the fields this server knows. */
    static Map<String, Object> entity(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Integer.toString(a.id()));
        m.put("username", a.handle());
        m.put("domain", null);
        m.put("created_at", Instant.ofEpochMilli(a.createdAt()).toString());
        m.put("email", a.email());
        m.put("role", Map.of("name", a.role()));
        m.put("confirmed", true);
        m.put("approved", !"pending".equals(a.state()));
        m.put("suspended", "suspended".equals(a.state()));
        m.put("silenced", false);
        m.put("disabled", false);
        return m;
    }
}
