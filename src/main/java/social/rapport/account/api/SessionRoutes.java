package social.rapport.account.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import social.rapport.account.ChangePassword;
import social.rapport.account.DeleteAccount;
import social.rapport.account.EndSession;
import social.rapport.account.ListSessions;
import social.rapport.account.RevokeToken;
import social.rapport.account.WebSessions;
import social.rapport.core.Times;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Rapport's own account endpoints: sessions and tokens, password change, account deletion. */
public final class SessionRoutes implements Routes {
    private final ListSessions list;
    private final EndSession endSession;
    private final RevokeToken revokeToken;
    private final ChangePassword changePassword;
    private final DeleteAccount deleteAccount;
    private final java.util.function.Function<Context, String> clientIp;

    /** clientIp tells the caller's address, as the rate limits see it. */
    public SessionRoutes(
            ListSessions list,
            EndSession endSession,
            RevokeToken revokeToken,
            ChangePassword changePassword,
            DeleteAccount deleteAccount,
            java.util.function.Function<Context, String> clientIp) {
        this.clientIp = clientIp;
        this.list = list;
        this.endSession = endSession;
        this.revokeToken = revokeToken;
        this.changePassword = changePassword;
        this.deleteAccount = deleteAccount;
    }

    record SessionEntity(
            String id, String userAgent, String ip, String createdAt, String lastSeenAt, boolean current) {}

    record AppRef(String name, String website) {}

    record TokenEntity(
            String id, AppRef application, List<String> scopes, String createdAt, String lastUsedAt, boolean current) {}

    record Listing(List<SessionEntity> sessions, List<TokenEntity> tokens) {}

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/rapport/sessions", this::sessions);
        r.delete("/api/v1/rapport/sessions/{id}", this::endSession);
        r.delete("/api/v1/rapport/tokens/{id}", this::revokeToken);
        r.post("/api/v1/rapport/password", this::password);
        r.post("/api/v1/rapport/account/delete", this::delete);
    }

    private void sessions(Context ctx) {
        Viewer v = Web.user(ctx, "read:accounts");
        ListSessions.Listing l = list.of(v.accountId());
        List<SessionEntity> s = l.sessions().stream()
                .map((WebSessions.Session x) -> new SessionEntity(
                        Long.toString(x.id()),
                        x.userAgent(),
                        x.ip(),
                        Times.iso(x.createdAt()),
                        Times.iso(x.lastSeenAt()),
                        x.id() == v.sessionId()))
                .toList();
        List<TokenEntity> t = l.tokens().stream()
                .map(x -> new TokenEntity(
                        Long.toString(x.token().id()),
                        x.app().map(a -> new AppRef(a.name(), a.website())).orElse(null),
                        List.copyOf(x.token().scopes()),
                        Times.iso(x.token().createdAt()),
                        Times.iso(x.token().lastUsedAt()),
                        x.token().id() == v.tokenId()))
                .toList();
        ctx.json(new Listing(s, t));
    }

    private void endSession(Context ctx) {
        Viewer v = Web.user(ctx, "write:accounts");
        endSession.end(v.accountId(), Web.longId(ctx, "id"));
        ctx.json(Map.of());
    }

    private void revokeToken(Context ctx) {
        Viewer v = Web.user(ctx, "write:accounts");
        revokeToken.revoke(v.accountId(), Web.longId(ctx, "id"));
        ctx.json(Map.of());
    }

    private void password(Context ctx) {
        Viewer v = Web.user(ctx, "write:accounts");
        Params p = Params.of(ctx);
        changePassword.change(
                v.accountId(),
                p.string("current_password"),
                p.string("password"),
                v.sessionId(),
                v.tokenId(),
                clientIp.apply(ctx));
        ctx.json(Map.of());
    }

    private void delete(Context ctx) {
        Viewer v = Web.user(ctx, "write:accounts");
        deleteAccount.delete(v.accountId(), Params.of(ctx).string("password"), clientIp.apply(ctx));
        ctx.json(Map.of());
    }
}
