package social.rapport.relation.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Profile items with audiences, and the public introduction. */
public final class ProfileRoutes implements Routes {
    private static final String BASE = "/api/v1/rapport";
    /** The services these routes call, and nothing else. */
    public record Services(
            ViewProfile viewProfile,
            UpdateProfileFields updateProfile,
            ViewIntroduction viewIntroduction,
            SetIntroduction setIntroduction) {}

    private final Services m;

    public ProfileRoutes(Services m) {
        this.m = m;
    }

    public record IntroductionEntity(String id, String text, List<String> postIds) {}

    @Override
    public void register(RoutesConfig r) {
        r.get(BASE + "/accounts/{id}/profile", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            ctx.json(m.viewProfile().view(v.accountId(), Web.accountId(ctx, "id")));
        });
        r.get(BASE + "/profile", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(m.viewProfile().view(v.accountId(), v.accountId()));
        });
        r.put(BASE + "/profile", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(m.updateProfile()
                    .update(v.accountId(), changes(Params.of(ctx).node("items"))));
        });
        r.get(BASE + "/accounts/{id}/introduction", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            var shown = m.viewIntroduction().view(v.accountId(), Web.accountId(ctx, "id"));
            ctx.json(new IntroductionEntity(
                    Integer.toString(shown.account().id()),
                    shown.text(),
                    shown.postIds().stream().map(String::valueOf).toList()));
        });
        r.put(BASE + "/introduction", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            Params p = Params.of(ctx);
            var intro = m.setIntroduction().set(v.accountId(), p.string("text"), p.list("post_ids"));
            ctx.json(new IntroductionEntity(
                    Integer.toString(v.accountId()),
                    intro.text(),
                    intro.postIds().stream().map(String::valueOf).toList()));
        });
    }

    /** `{"items": {"phone": {"value": "…", "audience": ["connections"], "audience_except": []}}}`. */
    static Map<String, UpdateProfileFields.Change> changes(JsonNode items) {
        if (items == null || !items.isObject())
            throw Problem.invalid("items", "items must be an object of profile items");
        Map<String, UpdateProfileFields.Change> out = new LinkedHashMap<>();
        var it = items.fields();
        while (it.hasNext()) {
            var e = it.next();
            JsonNode n = e.getValue();
            if (!n.isObject()) throw Problem.invalid(e.getKey(), e.getKey() + " must be an object");
            JsonNode value = n.get("value");
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw Problem.invalid(e.getKey(), e.getKey() + " value must be text");
            }
            out.put(
                    e.getKey(),
                    new UpdateProfileFields.Change(
                            value == null || value.isNull() ? null : value.asText(),
                            strings(e.getKey(), n.get("audience")),
                            strings(e.getKey(), n.get("audience_except"))));
        }
        return out;
    }

    private static List<String> strings(String field, JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (!n.isArray()) throw Problem.invalid(field, field + " audience must be a list");
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) {
            if (!x.isTextual()) throw Problem.invalid(field, field + " audience must hold strings");
            out.add(x.asText());
        }
        return out;
    }
}
