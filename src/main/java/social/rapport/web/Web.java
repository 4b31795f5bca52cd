package social.rapport.web;

import io.javalin.http.Context;
import social.rapport.core.Problem;
import social.rapport.core.Scopes;
import social.rapport.core.Viewer;

/** Small helpers every handler uses: who is asking, and what they may do. */
public final class Web {
    static final String VIEWER = "rapport.viewer";

    private Web() {}

    public static Viewer viewer(Context ctx) {
        Viewer v = ctx.attribute(VIEWER);
        return v == null ? Viewer.ANONYMOUS : v;
    }

    /** A signed-in viewer whose token grants the scope; 401 or 403 otherwise. */
    public static Viewer user(Context ctx, String scope) {
        Viewer v = viewer(ctx);
        if (!v.signedIn()) throw Problem.unauthorized("The access token is invalid");
        requireScope(v, scope);
        return v;
    }

    /** Anyone, but a token that is present must grant the scope. */
    public static Viewer anyone(Context ctx, String scope) {
        Viewer v = viewer(ctx);
        if (v.tokenId() != 0) requireScope(v, scope);
        return v;
    }

    public static void requireScope(Viewer v, String scope) {
        if (!Scopes.grants(v.scopes(), scope)) {
            throw Problem.forbidden("This action is outside the authorized scopes");
        }
    }

    /** Parses a path id; anything malformed is answered exactly like a missing record. */
    public static int accountId(Context ctx, String param) {
        long id = social.rapport.core.Ids.parse(ctx.pathParam(param));
        if (id <= 0 || id > Integer.MAX_VALUE) throw Problem.notFound();
        return (int) id;
    }

    public static long longId(Context ctx, String param) {
        long id = social.rapport.core.Ids.parse(ctx.pathParam(param));
        if (id <= 0) throw Problem.notFound();
        return id;
    }
}
