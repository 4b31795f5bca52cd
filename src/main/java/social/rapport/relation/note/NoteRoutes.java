package social.rapport.relation.note;

import io.javalin.config.RoutesConfig;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's account note: `POST /api/v1/accounts/:id/note` with `comment`, answered with the Relationship. */
public final class NoteRoutes implements Routes {
    private final SetNote setNote;

    public NoteRoutes(SetNote setNote) {
        this.setNote = setNote;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/accounts/{id}/note", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            int target = Web.accountId(ctx, "id");
            ctx.json(setNote.set(v.accountId(), target, Params.of(ctx).string("comment")));
        });
    }
}
