package social.rapport.relation.claim;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.account.AccountEntity;
import social.rapport.core.Times;
import social.rapport.relation.RelationWeb;
import social.rapport.relation.RelationsModule;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Viewer;
import social.rapport.web.Web;

/** Claims and recommendations: what others say about an account. */
public final class ClaimRoutes implements Routes {
    private static final String BASE = "/api/v1/rapport";
    private final RelationsModule m;

    public ClaimRoutes(RelationsModule m) { this.m = m; }

    public record ClaimEntity(String id, AccountEntity account, AccountEntity targetAccount, String kind,
                              String detail, String state, String createdAt) {}

    public record RecommendationEntity(String id, AccountEntity account, AccountEntity targetAccount, String text,
                                       String state, String createdAt) {}

    @Override
    public void register(RoutesConfig r) {
        r.post(BASE + "/claims", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            Params p = Params.of(ctx);
            ctx.json(claim(v, m.makeClaim.claim(v.accountId(), RelationWeb.accountId(p, "account_id"),
                    p.string("kind"), p.string("detail"))));
        });
        r.get(BASE + "/claims", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(claims(v, m.whatOthersSay.claimBox(v.accountId(), Params.query(ctx).string("box"))));
        });
        r.post(BASE + "/claims/{id}/confirm", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(claim(v, m.answerClaim.confirm(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.post(BASE + "/claims/{id}/decline", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(claim(v, m.answerClaim.decline(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.get(BASE + "/accounts/{id}/claims", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            ctx.json(claims(v, m.whatOthersSay.claimsOnProfile(v.accountId(), Web.accountId(ctx, "id"))));
        });
        r.post(BASE + "/recommendations", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            Params p = Params.of(ctx);
            ctx.json(rec(v, m.writeRecommendation.write(v.accountId(), RelationWeb.accountId(p, "account_id"),
                    p.string("text"))));
        });
        r.put(BASE + "/recommendations/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(rec(v, m.writeRecommendation.revise(v.accountId(), Web.longId(ctx, "id"),
                    Params.of(ctx).string("text"))));
        });
        r.get(BASE + "/recommendations", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(recs(v, m.whatOthersSay.recommendationBox(v.accountId(), Params.query(ctx).string("box"))));
        });
        r.post(BASE + "/recommendations/{id}/accept", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(rec(v, m.answerRecommendation.accept(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.post(BASE + "/recommendations/{id}/hide", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(rec(v, m.answerRecommendation.hide(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.post(BASE + "/recommendations/{id}/ask_revision", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(rec(v, m.answerRecommendation.askRevision(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.get(BASE + "/accounts/{id}/recommendations", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            ctx.json(recs(v, m.whatOthersSay.recommendationsOnProfile(v.accountId(), Web.accountId(ctx, "id"))));
        });
    }

    private AccountEntity card(Handle h, Viewer v, int id) {
        return m.cards.card(v.accountId(), m.visible.account(h, v.accountId(), id));
    }

    private ClaimEntity claim(Viewer v, Claim c) { return claims(v, List.of(c)).get(0); }

    private List<ClaimEntity> claims(Viewer v, List<Claim> list) {
        return m.db.read(h -> list.stream().map(c -> new ClaimEntity(Long.toString(c.id()), card(h, v, c.authorId()),
                card(h, v, c.subjectId()), c.kind(), c.detail(), c.state(), Times.iso(c.createdAt()))).toList());
    }

    private RecommendationEntity rec(Viewer v, Recommendation r) { return recs(v, List.of(r)).get(0); }

    private List<RecommendationEntity> recs(Viewer v, List<Recommendation> list) {
        return m.db.read(h -> list.stream().map(r -> new RecommendationEntity(Long.toString(r.id()),
                card(h, v, r.authorId()), card(h, v, r.subjectId()), r.text(), r.state(), Times.iso(r.createdAt())))
                .toList());
    }
}
