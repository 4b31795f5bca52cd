package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.connect.NetworkMap;
import social.rapport.web.ErrorBody;
import social.rapport.web.Routes;

/**
 * "Your network": the viewer's connections drawn as a graph coloured by circle (drawn in the browser
 * by our own script from the JSON at /network/graph), with a list of the people by circle that works
 * without JavaScript and for screen readers.
 */
public final class NetworkPages implements Routes {
    /** Colours that stay apart for the common kinds of colour blindness; people in no circle are grey. */
    static final List<String> PALETTE =
            List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#f0e442", "#000000");

    static final String NO_CIRCLE = "#8a8f98";
    private final Pages pages;
    private final SocialPages.Services s;

    NetworkPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        this.s = services;
    }

    /** One circle in the legend; `id` 0 is "in no circle". */
    public record Group(long id, String name, String colour, List<NetworkMap.Person> people) {}

    record Node(
            String id, String handle, String name, String colour, List<String> circles, boolean me, String avatar) {}

    record Link(String source, String target) {}

    record Legend(String id, String name, String colour) {}

    record Graph(List<Legend> circles, List<Node> nodes, List<Link> edges, int total, int shown) {}

    @Override
    public void register(RoutesConfig r) {
        r.get("/network", SignedIn.page(this::page));
        r.get("/network/graph", this::graph);
    }

    private static Map<Long, String> colours(List<Circle> circles) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (int i = 0; i < circles.size(); i++) out.put(circles.get(i).id(), PALETTE.get(i % PALETTE.size()));
        return out;
    }

    private static String colourOf(NetworkMap.Person p, Map<Long, String> colours) {
        return p.circles().isEmpty() ? NO_CIRCLE : colours.get(p.circles().get(0));
    }

    private void page(Context ctx, SessionViewers.Found me) {
        NetworkMap.Drawing d = s.relations().networkMap().of(me.account().id());
        Map<Long, String> colours = colours(d.circles());
        List<Group> groups = new ArrayList<>();
        for (Circle c : d.circles()) {
            groups.add(new Group(
                    c.id(),
                    c.name(),
                    colours.get(c.id()),
                    d.people().stream()
                            .filter(p -> p.circles().contains(c.id()))
                            .toList()));
        }
        groups.add(new Group(
                0,
                "In no circle",
                NO_CIRCLE,
                d.people().stream().filter(p -> p.circles().isEmpty()).toList()));
        Map<String, Object> model = new HashMap<>();
        model.put("groups", groups);
        model.put("total", d.total());
        model.put("shown", d.people().size());
        model.put("edges", d.edges().size());
        pages.render(ctx, "network.jte", "Your network", model);
    }

    private void graph(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        var found = BrowserSessions.current(ctx);
        if (found.isEmpty()) {
            ctx.status(401).json(new ErrorBody("Sign in to see your network"));
            return;
        }
        var me = found.get().account();
        NetworkMap.Drawing d = s.relations().networkMap().of(me.id());
        Map<Long, String> colours = colours(d.circles());
        List<Legend> legend = new ArrayList<>();
        for (Circle c : d.circles()) legend.add(new Legend(Long.toString(c.id()), c.name(), colours.get(c.id())));
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node(
                Integer.toString(me.id()), me.handle(), me.shownName(), "#1d2430", List.of(), true, Page.avatar(me)));
        for (NetworkMap.Person p : d.people()) {
            nodes.add(new Node(
                    Integer.toString(p.account().id()),
                    p.account().handle(),
                    p.account().shownName(),
                    colourOf(p, colours),
                    p.circles().stream().map(String::valueOf).toList(),
                    false,
                    Page.avatar(p.account())));
        }
        List<Link> links = new ArrayList<>();
        for (NetworkMap.Person p : d.people())
            links.add(new Link(
                    Integer.toString(me.id()), Integer.toString(p.account().id())));
        for (NetworkMap.Edge e : d.edges()) links.add(new Link(Integer.toString(e.a()), Integer.toString(e.b())));
        ctx.json(new Graph(legend, nodes, links, d.total(), d.people().size()));
    }
}
