package social.rapport.status.poll;

import io.javalin.config.RoutesConfig;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's polls API: auth, parse, one service call, render. */
public final class PollRoutes implements Routes {
    private final Polls polls;

    public PollRoutes(Polls polls) {
        this.polls = polls;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/polls/{id}", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            ctx.json(polls.show(v.accountId(), Web.longId(ctx, "id")));
        });
        r.post("/api/v1/polls/{id}/votes", ctx -> {
            Viewer v = Web.user(ctx, "write:statuses");
            long id = Web.longId(ctx, "id");
            ctx.json(polls.vote(v.accountId(), id, Params.of(ctx).list("choices")));
        });
    }
}
