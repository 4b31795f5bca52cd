package social.rapport.relation.claim;

import io.javalin.config.RoutesConfig;
import java.util.List;
import social.rapport.account.AccountEntity;
import social.rapport.core.Times;
import social.rapport.core.Viewer;
import social.rapport.relation.AccountCards;
import social.rapport.relation.RelationWeb;
import social.rapport.web.IdempotencyKeys;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Claims and recommendations: what others say about an account. */
public final class ClaimRoutes implements Routes {
    private static final String BASE = "/api/v1/rapport";
    /** The services these routes call, and nothing else. */
    public record Services(
            IdempotencyKeys idempotency,
            MakeClaim makeClaim,
            WhatOthersSay whatOthersSay,
            ConfirmClaim confirmClaim,
            DeclineClaim declineClaim,
            WriteRecommendation writeRecommendation,
            ReviseRecommendation reviseRecommendation,
            AcceptRecommendation acceptRecommendation,
            HideRecommendation hideRecommendation,
            AskRevision askRevision,
            AccountCards cards) {}

    private final Services m;

    public ClaimRoutes(Services m) {
        this.m = m;
    }

    public record ClaimEntity(
            String id,
            AccountEntity account,
            AccountEntity targetAccount,
            String kind,
            String detail,
            String state,
            String createdAt) {}

    public record RecommendationEntity(
            String id,
            AccountEntity account,
            AccountEntity targetAccount,
            String text,
            String state,
            String createdAt) {}

    @Override
    public void register(RoutesConfig r) {
        r.post(BASE + "/claims", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            Params p = Params.of(ctx);
            int subject = RelationWeb.accountId(p, "account_id");
            // A retried claim (same Idempotency-Key) answers the first claim and makes no second.
            ctx.json(m.idempotency()
                    .once(
                            v.accountId(),
                            "claims",
                            IdempotencyKeys.keyOf(ctx),
                            tx -> m.makeClaim().claim(tx, v.accountId(), subject, p.string("kind"), p.string("detail")),
                            made -> IdempotencyKeys.asJson(made.claim()),
                            kept -> claim(
                                    v, m.makeClaim().again(v.accountId(), IdempotencyKeys.fromJson(kept, Claim.class))),
                            made -> claim(v, made)));
        });
        r.get(BASE + "/claims", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(claims(
                    v,
                    m.whatOthersSay().claimBox(v.accountId(), Params.query(ctx).string("box"))));
        });
        r.post(BASE + "/claims/{id}/confirm", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(claim(v, m.confirmClaim().confirm(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.post(BASE + "/claims/{id}/decline", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(claim(v, m.declineClaim().decline(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.get(BASE + "/accounts/{id}/claims", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            ctx.json(claims(v, m.whatOthersSay().claimsOnProfile(v.accountId(), Web.accountId(ctx, "id"))));
        });
        r.post(BASE + "/recommendations", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            Params p = Params.of(ctx);
            int subject = RelationWeb.accountId(p, "account_id");
            // A retried recommendation (same Idempotency-Key) answers the first and writes no second.
            ctx.json(m.idempotency()
                    .once(
                            v.accountId(),
                            "recommendations",
                            IdempotencyKeys.keyOf(ctx),
                            tx -> m.writeRecommendation().write(tx, v.accountId(), subject, p.string("text")),
                            written -> IdempotencyKeys.asJson(written.recommendation()),
                            kept -> rec(
                                    v,
                                    m.writeRecommendation()
                                            .again(
                                                    v.accountId(),
                                                    IdempotencyKeys.fromJson(kept, Recommendation.class))),
                            written -> rec(v, written)));
        });
        r.put(BASE + "/recommendations/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(rec(
                    v,
                    m.reviseRecommendation()
                            .revise(
                                    v.accountId(),
                                    Web.longId(ctx, "id"),
                                    Params.of(ctx).string("text"))));
        });
        r.get(BASE + "/recommendations", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(recs(
                    v,
                    m.whatOthersSay()
                            .recommendationBox(v.accountId(), Params.query(ctx).string("box"))));
        });
        r.post(BASE + "/recommendations/{id}/accept", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(rec(v, m.acceptRecommendation().accept(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.post(BASE + "/recommendations/{id}/hide", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(rec(v, m.hideRecommendation().hide(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.post(BASE + "/recommendations/{id}/ask_revision", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(rec(v, m.askRevision().askRevision(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.get(BASE + "/accounts/{id}/recommendations", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            ctx.json(recs(v, m.whatOthersSay().recommendationsOnProfile(v.accountId(), Web.accountId(ctx, "id"))));
        });
    }

    private ClaimEntity claim(Viewer v, ClaimView c) {
        return new ClaimEntity(
                Long.toString(c.claim().id()),
                m.cards().card(v.accountId(), c.author()),
                m.cards().card(v.accountId(), c.subject()),
                c.claim().kind(),
                c.claim().detail(),
                c.claim().state(),
                Times.iso(c.claim().createdAt()));
    }

    private List<ClaimEntity> claims(Viewer v, List<ClaimView> list) {
        return list.stream().map(c -> claim(v, c)).toList();
    }

    private RecommendationEntity rec(Viewer v, RecommendationView r) {
        return new RecommendationEntity(
                Long.toString(r.recommendation().id()),
                m.cards().card(v.accountId(), r.author()),
                m.cards().card(v.accountId(), r.subject()),
                r.recommendation().text(),
                r.recommendation().state(),
                Times.iso(r.recommendation().createdAt()));
    }

    private List<RecommendationEntity> recs(Viewer v, List<RecommendationView> list) {
        return list.stream().map(r -> rec(v, r)).toList();
    }
}
