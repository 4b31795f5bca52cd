package social.rapport.relation.follow;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.core.Viewer;
import social.rapport.relation.AccountCards;
import social.rapport.relation.RelationWeb;
import social.rapport.relation.Relationships;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's follow endpoints: follow, unfollow, remove a follower, requests, lists, relationships. */
public final class FollowRoutes implements Routes {
    /** The services these routes call, and nothing else. */
    public record Services(
            Relationships relationships,
            FamiliarFollowers familiarFollowers,
            AccountCards cards,
            FollowAccount followAccount,
            UnfollowAccount unfollowAccount,
            RemoveFollower removeFollower,
            FollowLists followLists,
            AuthorizeFollowRequest authorizeFollowRequest,
            RejectFollowRequest rejectFollowRequest) {}

    private final Services m;

    public FollowRoutes(Services m) {
        this.m = m;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/accounts/relationships", ctx -> {
            Viewer v = Web.user(ctx, "read:follows");
            ctx.json(m.relationships()
                    .of(v.accountId(), RelationWeb.ids(Params.query(ctx), "id", Relationships.MAX_IDS)));
        });
        r.get("/api/v1/accounts/familiar_followers", ctx -> {
            Viewer v = Web.user(ctx, "read:follows");
            var found = m.familiarFollowers()
                    .of(v.accountId(), RelationWeb.ids(Params.query(ctx), "id", FamiliarFollowers.MAX_IDS));
            ctx.json(found.stream()
                    .map(f -> Map.of(
                            "id",
                            Integer.toString(f.accountId()),
                            "accounts",
                            m.cards().cards(v.accountId(), f.accounts())))
                    .toList());
        });
        r.post("/api/v1/accounts/{id}/follow", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            ctx.json(m.followAccount()
                    .follow(
                            v.accountId(),
                            Web.accountId(ctx, "id"),
                            Params.of(ctx).string("note")));
        });
        r.post("/api/v1/accounts/{id}/unfollow", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            ctx.json(m.unfollowAccount().unfollow(v.accountId(), Web.accountId(ctx, "id")));
        });
        r.post("/api/v1/accounts/{id}/remove_from_followers", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            ctx.json(m.removeFollower().remove(v.accountId(), Web.accountId(ctx, "id")));
        });
        r.get("/api/v1/accounts/{id}/followers", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            accounts(ctx, v, m.followLists().followers(v.accountId(), Web.accountId(ctx, "id"), RelationWeb.page(ctx)));
        });
        r.get("/api/v1/accounts/{id}/following", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            accounts(ctx, v, m.followLists().following(v.accountId(), Web.accountId(ctx, "id"), RelationWeb.page(ctx)));
        });
        r.get("/api/v1/follow_requests", ctx -> {
            Viewer v = Web.user(ctx, "read:follows");
            accounts(ctx, v, m.followLists().requests(v.accountId(), RelationWeb.page(ctx)));
        });
        r.post("/api/v1/follow_requests/{id}/authorize", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            ctx.json(m.authorizeFollowRequest().authorize(v.accountId(), Web.accountId(ctx, "id")));
        });
        r.post("/api/v1/follow_requests/{id}/reject", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            ctx.json(m.rejectFollowRequest().reject(v.accountId(), Web.accountId(ctx, "id")));
        });
    }

    private void accounts(io.javalin.http.Context ctx, Viewer v, List<Account> list) {
        RelationWeb.link(ctx, list);
        ctx.json(m.cards().cards(v.accountId(), list));
    }
}
