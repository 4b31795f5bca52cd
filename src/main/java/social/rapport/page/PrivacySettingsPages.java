package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.core.Problem;
import social.rapport.relation.connect.Screening;
import social.rapport.relation.profile.Profile;
import social.rapport.relation.profile.ProfileItem;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.web.Params;
import social.rapport.web.Routes;

/**
 * Who sees what, set from the pages: each profile field with its own audience, the screening rules
 * for invitations, the default audience of new posts, and a locked account's introduction.
 */
final class PrivacySettingsPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(Map.entry("privacy-saved", "Saved.")));

    private final Pages pages;
    private final SocialPages.Services s;

    PrivacySettingsPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(
                "/settings/fields",
                SignedIn.page((ctx, me) -> showFields(ctx, 200, me.account().id(), null)));
        r.post("/settings/fields", SignedIn.page(this::saveFields));
        r.get("/settings/screening", SignedIn.page((ctx, me) -> {
            pages.render(
                    ctx,
                    "settings/screening.jte",
                    "Invitation screening",
                    Map.of(
                            "rules",
                            s.relations().setScreening().current(me.account().id()),
                            "signals",
                            Screening.SIGNALS,
                            "form",
                            Form.EMPTY));
        }));
        r.post("/settings/screening", SignedIn.page((ctx, me) -> {
            Params p = Params.of(ctx);
            List<String> signals = ctx.formParams("require_one_of");
            try {
                s.relations()
                        .setScreening()
                        .set(me.account().id(), p.string("who_may_invite"), p.string("require_note") != null, signals);
            } catch (Problem e) {
                pages.render(
                        ctx,
                        e.status(),
                        "settings/screening.jte",
                        "Invitation screening",
                        Map.of(
                                "rules",
                                s.relations()
                                        .setScreening()
                                        .current(me.account().id()),
                                "signals",
                                Screening.SIGNALS,
                                "form",
                                Form.EMPTY.with(e)));
                return;
            }
            Pages.seeOther(ctx, "/settings/screening", "privacy-saved");
        }));
        r.get("/settings/posting", SignedIn.page((ctx, me) -> {
            var d = s.posts().services().defaults().show(me.account().id());
            showPosting(
                    ctx,
                    200,
                    me.account().id(),
                    Form.of(Map.of(
                            "audience", d.audience().size() == 1 ? d.audience().get(0) : "",
                            "audience_except",
                                    d.audienceExcept().isEmpty()
                                            ? ""
                                            : d.audienceExcept().get(0))));
        }));
        r.post("/settings/posting", SignedIn.page((ctx, me) -> {
            Params p = Params.of(ctx);
            try {
                s.posts()
                        .services()
                        .defaults()
                        .set(
                                me.account().id(),
                                null,
                                one(p.string("audience")),
                                one(p.string("audience_except")),
                                null);
            } catch (Problem e) {
                showPosting(
                        ctx,
                        e.status(),
                        me.account().id(),
                        Form.entered(ctx.formParamMap(), "audience", "audience_except")
                                .with(e));
                return;
            }
            Pages.seeOther(ctx, "/settings/posting", "privacy-saved");
        }));
        r.get("/settings/introduction", SignedIn.page((ctx, me) -> {
            var i = s.relations()
                    .viewIntroduction()
                    .view(me.account().id(), me.account().id());
            showIntroduction(
                    ctx,
                    200,
                    Form.of(Map.of(
                            "text",
                            i.text(),
                            "posts",
                            String.join(
                                    " ",
                                    i.postIds().stream().map(String::valueOf).toList()))));
        }));
        r.post("/settings/introduction", SignedIn.page((ctx, me) -> {
            Params p = Params.of(ctx);
            String posts = p.string("posts") == null ? "" : p.string("posts").trim();
            List<String> ids = posts.isEmpty() ? List.of() : Arrays.asList(posts.split("[\\s,]+"));
            try {
                s.relations().setIntroduction().set(me.account().id(), p.string("text"), ids);
            } catch (Problem e) {
                // The service names its `post_ids` field; on this form the field is `posts`.
                Problem shown = e.fields().containsKey("post_ids")
                        ? Problem.invalid("posts", e.fields().get("post_ids"))
                        : e;
                showIntroduction(
                        ctx,
                        e.status(),
                        Form.entered(ctx.formParamMap(), "text", "posts").with(shown));
                return;
            }
            Pages.seeOther(ctx, "/settings/introduction", "privacy-saved");
        }));
    }

    private static List<String> one(String v) {
        return v == null || v.isBlank() ? List.of() : List.of(v.trim());
    }

    private void showPosting(Context ctx, int status, int viewer, Form form) {
        pages.render(
                ctx,
                status,
                "settings/posting.jte",
                "Default post audience",
                Map.of("form", form, "circles", s.relations().listCircles().list(viewer)));
    }

    private void showIntroduction(Context ctx, int status, Form form) {
        pages.render(ctx, status, "settings/introduction.jte", "Introduction", Map.of("form", form));
    }

    private void showFields(Context ctx, int status, int viewer, Form entered) {
        Profile mine = s.relations().viewProfile().view(viewer, viewer);
        Form form = entered;
        if (form == null) {
            Map<String, String> v = new LinkedHashMap<>();
            for (String f : ProfileItem.FIELDS) {
                v.put(f, mine.fields().getOrDefault(f, ""));
                v.put(
                        f + "_audience",
                        mine.audiences()
                                .getOrDefault(f, ProfileItem.defaultAudience(f).wire()));
            }
            for (String l : ProfileItem.LISTS) {
                v.put(
                        l + "_audience",
                        mine.audiences()
                                .getOrDefault(l, ProfileItem.defaultAudience(l).wire()));
            }
            form = Form.of(v);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("fields", ProfileItem.FIELDS);
        model.put("lists", ProfileItem.LISTS);
        model.put("circles", s.relations().listCircles().list(viewer));
        pages.render(ctx, status, "settings/fields.jte", "Profile fields and who sees them", model);
    }

    private void saveFields(Context ctx, SessionViewers.Found me) {
        Params p = Params.of(ctx);
        Map<String, UpdateProfileFields.Change> changes = new LinkedHashMap<>();
        for (String f : ProfileItem.FIELDS) {
            String value = p.string(f);
            List<String> audience = one(p.string(f + "_audience"));
            if (value != null || !audience.isEmpty()) {
                changes.put(f, new UpdateProfileFields.Change(value, audience.isEmpty() ? null : audience, null));
            }
        }
        for (String l : ProfileItem.LISTS) {
            List<String> audience = one(p.string(l + "_audience"));
            if (!audience.isEmpty()) changes.put(l, new UpdateProfileFields.Change(null, audience, null));
        }
        try {
            s.relations().updateProfile().update(me.account().id(), changes);
        } catch (Problem e) {
            List<String> keep = new java.util.ArrayList<>(ProfileItem.FIELDS);
            for (String f : ProfileItem.FIELDS) keep.add(f + "_audience");
            for (String l : ProfileItem.LISTS) keep.add(l + "_audience");
            showFields(
                    ctx,
                    e.status(),
                    me.account().id(),
                    Form.entered(ctx.formParamMap(), keep.toArray(String[]::new))
                            .with(e));
            return;
        }
        Pages.seeOther(ctx, "/settings/fields", "privacy-saved");
    }
}
