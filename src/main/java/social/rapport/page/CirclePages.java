package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.relation.circle.Circle;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The viewer's circles: list with member counts, create, rename, delete (after a confirmation), and
 * one circle's members, removed or added by handle. A circle is its owner's alone: anyone else's
 * circle id is answered exactly like one that does not exist, and changes nothing.
 */
final class CirclePages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("circle-created", "The circle is made."),
            Map.entry("circle-renamed", "The circle is renamed."),
            Map.entry("circle-deleted", "The circle is deleted. Its members are not told."),
            Map.entry("removed-from-circle", "Removed from the circle. They are not told.")));

    private final Pages pages;
    private final SocialPages.Services s;

    CirclePages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/circles", SignedIn.page((ctx, me) -> list(ctx, 200, me.account().id(), Form.EMPTY, Form.EMPTY, 0)));
        r.post("/circles", SignedIn.page((ctx, me) -> {
            try {
                s.relations().createCircle().create(me.account().id(), ctx.formParam("name"));
            } catch (Problem e) {
                if (e.status() != 422) throw e;
                list(
                        ctx,
                        422,
                        me.account().id(),
                        Form.entered(ctx.formParamMap(), "name").with(e),
                        Form.EMPTY,
                        0);
                return;
            }
            Pages.seeOther(ctx, "/circles", "circle-created");
        }));
        r.post("/circles/{id}/rename", SignedIn.page((ctx, me) -> {
            long id = Web.longId(ctx, "id");
            try {
                s.relations().renameCircle().rename(me.account().id(), id, ctx.formParam("name"));
            } catch (Problem e) {
                if (e.status() != 422) throw e;
                list(
                        ctx,
                        422,
                        me.account().id(),
                        Form.EMPTY,
                        Form.entered(ctx.formParamMap(), "name").with(e),
                        id);
                return;
            }
            Pages.seeOther(ctx, "/circles", "circle-renamed");
        }));
        r.get("/circles/{id}/delete", SignedIn.page((ctx, me) -> {
            Circle c = own(me.account().id(), Web.longId(ctx, "id"));
            pages.render(
                    ctx,
                    "people/circle_delete.jte",
                    "Delete a circle",
                    Map.of(
                            "circle",
                            c,
                            "members",
                            s.relations()
                                    .circleMembers()
                                    .members(me.account().id(), c.id())
                                    .size()));
        }));
        r.post("/circles/{id}/delete", SignedIn.page((ctx, me) -> {
            s.relations().deleteCircle().delete(me.account().id(), Web.longId(ctx, "id"));
            Pages.seeOther(ctx, "/circles", "circle-deleted");
        }));
        r.get(
                "/circles/{id}",
                SignedIn.page((ctx, me) -> circle(ctx, 200, me.account().id(), Web.longId(ctx, "id"), Form.EMPTY)));
        r.post("/circles/{id}/members", SignedIn.page((ctx, me) -> {
            int viewer = me.account().id();
            long id = Web.longId(ctx, "id");
            own(viewer, id);
            String handle = ctx.formParam("handle");
            try {
                if (handle == null || handle.isBlank()) throw Problem.invalid("handle", "Enter a handle, such as @ana");
                s.relations()
                        .addToCircle()
                        .add(viewer, id, List.of(s.find().byAcct(handle).id()));
            } catch (Problem e) {
                if (e.status() != 422 && e.status() != 404) throw e;
                // Someone hidden from the viewer is answered exactly like nobody by that handle.
                String message = e.status() == 404
                        ? "Nobody you can see has that handle"
                        : e.fields().isEmpty()
                                ? e.getMessage()
                                : e.fields().values().iterator().next();
                circle(
                        ctx,
                        422,
                        viewer,
                        id,
                        Form.entered(ctx.formParamMap(), "handle").with(Problem.invalid("handle", message)));
                return;
            }
            Pages.seeOther(ctx, "/circles/" + id, "added-to-circle");
        }));
        r.post("/circles/{id}/members/remove", SignedIn.page((ctx, me) -> {
            long id = Web.longId(ctx, "id");
            List<Integer> ids = new ArrayList<>();
            for (String v : ctx.formParams("account_id")) {
                long a = Ids.parse(v);
                if (a <= 0 || a > Integer.MAX_VALUE) throw Problem.invalid("account_id", "That is not a person: " + v);
                ids.add((int) a);
            }
            own(me.account().id(), id);
            if (ids.isEmpty()) throw Problem.invalid("account_id", "Choose whom to remove");
            s.relations().removeFromCircle().remove(me.account().id(), id, ids);
            Pages.seeOther(ctx, "/circles/" + id, "removed-from-circle");
        }));
    }

    /** One of the viewer's circles, or a 404 exactly as for a circle that does not exist. */
    private Circle own(int viewer, long id) {
        return s.relations().listCircles().list(viewer).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow(Problem::notFound);
    }

    private void list(Context ctx, int status, int viewer, Form create, Form rename, long renaming) {
        List<CircleCount> circles = new ArrayList<>();
        for (Circle c : s.relations().listCircles().list(viewer)) {
            circles.add(new CircleCount(
                    c, s.relations().circleMembers().members(viewer, c.id()).size()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("circles", circles);
        model.put("create", create);
        model.put("rename", rename);
        model.put("renaming", renaming);
        pages.render(ctx, status, "people/circles.jte", "Circles", model);
    }

    private void circle(Context ctx, int status, int viewer, long id, Form form) {
        Circle c = own(viewer, id);
        Map<String, Object> model = new HashMap<>();
        model.put("circle", c);
        model.put("members", s.relations().circleMembers().members(viewer, id));
        model.put("form", form);
        pages.render(ctx, status, "people/circle.jte", c.name(), model);
    }
}
