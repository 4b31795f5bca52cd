package social.rapport.web;

import java.util.List;

/**
 * One feature as the App sees it: the record of its services, its API routes, its pages, and the
 * functions it contributes as reactions to committed events (the App's table of reactions registers
 * them, in order). Each part is built from the services it needs and nothing else.
 */
public record Feature<S, R>(S services, List<Routes> routes, List<Routes> pages, R reactions) {
    public Feature {
        routes = List.copyOf(routes);
        pages = List.copyOf(pages);
    }

    /** For a feature that contributes no reaction. */
    public enum NoReactions {
        NONE
    }

    public static <S> Feature<S, NoReactions> of(S services, List<Routes> routes) {
        return new Feature<>(services, routes, List.of(), NoReactions.NONE);
    }
}
