package social.rapport.account.api;

import io.javalin.config.RoutesConfig;
import social.rapport.account.SignedOutAccess;
import social.rapport.core.Problem;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Viewer;
import social.rapport.web.Web;

/** The administrator's instance settings under /api/v1/rapport/admin/: what signed-out visitors may do. */
public final class InstanceSettingsRoutes implements Routes {
    private static final String PATH = "/api/v1/rapport/admin/instance_settings";
    private final SignedOutAccess signedOut;

    public InstanceSettingsRoutes(SignedOutAccess signedOut) {
        this.signedOut = signedOut;
    }

    /** The settings as the API shows them. */
    record Entity(boolean signedOutProfiles, boolean signedOutSearch) {
        static Entity of(SignedOutAccess.View v) {
            return new Entity(v.profiles(), v.search());
        }
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(PATH, ctx -> ctx.json(Entity.of(signedOut.current(admin(ctx, "admin:read")))));
        r.patch(PATH, ctx -> {
            boolean admin = admin(ctx, "admin:write");
            Params p = Params.of(ctx);
            ctx.json(Entity.of(signedOut.set(admin, p.bool("signed_out_profiles"), p.bool("signed_out_search"))));
        });
    }

    /** As Mastodon's admin API: a token with the scope, held by an administrator, else 403. */
    private static boolean admin(io.javalin.http.Context ctx, String scope) {
        Viewer v = Web.user(ctx, scope);
        if (!v.isAdmin()) throw Problem.forbidden("This action is not allowed");
        return true;
    }
}
