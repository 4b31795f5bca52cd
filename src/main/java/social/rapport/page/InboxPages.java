package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.SessionViewers;
import social.rapport.core.Problem;
import social.rapport.relation.claim.MakeClaim;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * What others say about you, waiting for your answer: claims to confirm or decline, recommendations
 * to accept, hide or send back for a revision; and the forms to make a claim about someone or to
 * write a recommendation for a connection, reached from their profile. The same services as the API.
 */
final class InboxPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("claim-confirmed", "Confirmed: the claim shows on your profile."),
            Map.entry("claim-declined", "Declined: the claim is shown nowhere."),
            Map.entry("recommendation-accepted", "Accepted: the recommendation shows on your profile."),
            Map.entry("recommendation-hidden", "Hidden: the recommendation is shown nowhere."),
            Map.entry("revision-asked", "The recommendation is sent back to its author for a revision."),
            Map.entry("recommendation-revised", "Your revised recommendation is sent."),
            Map.entry("claim-sent", "Your claim is sent. It shows nowhere until they confirm it."),
            Map.entry("recommendation-sent", "Your recommendation is sent. It shows once they accept it.")));

    private final Pages pages;
    private final SocialPages.Services s;

    InboxPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    interface Answer {
        void apply(int viewer, long id);
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/inbox", SignedIn.page((ctx, me) -> {
            showInbox(ctx, 200, me.account().id(), Form.EMPTY);
        }));
        r.post(
                "/inbox/claims/{id}/confirm",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "claim-confirmed",
                        (me, id) -> s.relations().confirmClaim().confirm(me, id))));
        r.post(
                "/inbox/claims/{id}/decline",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "claim-declined",
                        (me, id) -> s.relations().declineClaim().decline(me, id))));
        r.post(
                "/inbox/recommendations/{id}/accept",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "recommendation-accepted",
                        (me, id) -> s.relations().acceptRecommendation().accept(me, id))));
        r.post(
                "/inbox/recommendations/{id}/hide",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "recommendation-hidden",
                        (me, id) -> s.relations().hideRecommendation().hide(me, id))));
        r.post(
                "/inbox/recommendations/{id}/ask_revision",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "revision-asked",
                        (me, id) -> s.relations().askRevision().askRevision(me, id))));
        r.post("/inbox/recommendations/{id}/revise", SignedIn.page((ctx, me) -> {
            long id = Web.longId(ctx, "id");
            String text = Params.of(ctx).string("text");
            try {
                s.relations().reviseRecommendation().revise(me.account().id(), id, text);
            } catch (Problem e) {
                if (e.status() == 404) throw e;
                showInbox(
                        ctx,
                        e.status(),
                        me.account().id(),
                        shown(Form.of(Map.of("text", text == null ? "" : text, "id", Long.toString(id))), e, "text"));
                return;
            }
            Pages.seeOther(ctx, "/inbox", "recommendation-revised");
        }));
        r.get("/people/{id}/vouch", SignedIn.page((ctx, me) -> {
            showVouch(ctx, 200, me.account().id(), Web.accountId(ctx, "id"), Form.EMPTY, Form.EMPTY);
        }));
        r.post("/people/{id}/claim", SignedIn.page((ctx, me) -> {
            int target = Web.accountId(ctx, "id");
            Params p = Params.of(ctx);
            try {
                s.relations().makeClaim().claim(me.account().id(), target, p.string("kind"), p.string("detail"));
            } catch (Problem e) {
                if (e.status() == 404) throw e;
                showVouch(
                        ctx,
                        e.status(),
                        me.account().id(),
                        target,
                        shown(Form.entered(ctx.formParamMap(), "kind", "detail"), e, "kind", "detail"),
                        Form.EMPTY);
                return;
            }
            Pages.seeOther(ctx, "/inbox", "claim-sent");
        }));
        r.post("/people/{id}/recommend", SignedIn.page((ctx, me) -> {
            int target = Web.accountId(ctx, "id");
            try {
                s.relations()
                        .writeRecommendation()
                        .write(me.account().id(), target, Params.of(ctx).string("text"));
            } catch (Problem e) {
                if (e.status() == 404) throw e;
                showVouch(
                        ctx,
                        e.status(),
                        me.account().id(),
                        target,
                        Form.EMPTY,
                        shown(Form.entered(ctx.formParamMap(), "text"), e, "text"));
                return;
            }
            Pages.seeOther(ctx, "/inbox", "recommendation-sent");
        }));
    }

    /** The problem next to its field when the form has that field, else as the form's message. */
    private static Form shown(Form form, Problem e, String... fields) {
        if (!e.fields().isEmpty()
                && java.util.Set.of(fields).containsAll(e.fields().keySet())) return form.with(e);
        return form.withError(e.getMessage());
    }

    private void answer(Context ctx, SessionViewers.Found me, String notice, Answer a) {
        a.apply(me.account().id(), Web.longId(ctx, "id"));
        Pages.seeOther(ctx, "/inbox", notice);
    }

    private void showInbox(Context ctx, int status, int viewer, Form revision) {
        var say = s.relations().whatOthersSay();
        Map<String, Object> model = new HashMap<>();
        model.put("claims", say.claimBox(viewer, "received"));
        model.put("claimsSent", say.claimBox(viewer, "sent"));
        model.put("recommendations", say.recommendationBox(viewer, "received"));
        model.put("recommendationsSent", say.recommendationBox(viewer, "sent"));
        model.put("revision", revision);
        pages.render(ctx, status, "inbox/index.jte", "Claims and recommendations", model);
    }

    private void showVouch(Context ctx, int status, int viewer, int target, Form claim, Form recommendation) {
        // The account as the viewer may see it: a hidden or missing one is the same 404.
        Account a = s.relations().viewIntroduction().view(viewer, target).account();
        if (!a.active() || a.id() == viewer) throw Problem.notFound();
        var rel = s.relations().relationships().with(viewer, target);
        Map<String, Object> model = new HashMap<>();
        model.put("account", a);
        model.put("connected", rel.connected());
        model.put("kinds", MakeClaim.KINDS.stream().sorted().toList());
        model.put("claim", claim);
        model.put("recommendation", recommendation);
        pages.render(ctx, status, "inbox/vouch.jte", "Vouch for " + a.shownName(), model);
    }
}
