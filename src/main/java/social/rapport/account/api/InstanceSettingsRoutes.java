package social.rapport.account.api;

import io.javalin.config.RoutesConfig;
import java.util.List;
import social.rapport.account.InstanceRules;
import social.rapport.account.SignedOutAccess;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The administrator's instance settings under /api/v1/rapport/admin/: what signed-out visitors may do,
 * the server's rules and its about text.
 */
public final class InstanceSettingsRoutes implements Routes {
    private static final String PATH = "/api/v1/rapport/admin/instance_settings";
    private final SignedOutAccess signedOut;
    private final InstanceRules rules;

    public InstanceSettingsRoutes(SignedOutAccess signedOut, InstanceRules rules) {
        this.signedOut = signedOut;
        this.rules = rules;
    }

    /** The settings as the API shows them. */
    record Entity(boolean signedOutProfiles, boolean signedOutSearch, List<String> rules, String extendedDescription) {
        static Entity of(SignedOutAccess.View v, InstanceRules r) {
            return new Entity(
                    v.profiles(),
                    v.search(),
                    r.rules().stream().map(InstanceRules.Rule::text).toList(),
                    r.about().text());
        }
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(PATH, ctx -> ctx.json(Entity.of(signedOut.current(admin(ctx, "admin:read")), rules)));
        r.patch(PATH, ctx -> {
            boolean admin = admin(ctx, "admin:write");
            Params p = Params.of(ctx);
            // Everything is read and checked before anything is written: bad input changes nothing.
            Boolean profiles = p.bool("signed_out_profiles");
            Boolean search = p.bool("signed_out_search");
            List<String> ruleTexts = p.has("rules") ? p.list("rules") : null;
            String about = p.string("extended_description");
            rules.set(admin, ruleTexts, about);
            ctx.json(Entity.of(signedOut.set(admin, profiles, search), rules));
        });
    }

    /** As Mastodon's admin API: a token with the scope, held by an administrator, else 403. */
    private static boolean admin(io.javalin.http.Context ctx, String scope) {
        Viewer v = Web.user(ctx, scope);
        if (!v.isAdmin()) throw Problem.forbidden("This action is not allowed");
        return true;
    }
}
