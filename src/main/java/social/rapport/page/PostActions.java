package social.rapport.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import social.rapport.status.PostAbilities;
import social.rapport.status.Posts;
import social.rapport.status.StatusEntity;

/**
 * What the post partial needs to offer a signed-in viewer the actions on each post: the form
 * token, the page to come back to, and for each post what the audience policy lets this viewer do.
 * Pages without it (a signed-out visitor, a read-only view) show posts without actions.
 */
public record PostActions(String csrf, String returnTo, int viewer, Map<Long, PostAbilities.Ability> abilities) {

    /** The abilities on the post an entry shows (the original of a reblog). */
    public PostAbilities.Ability of(StatusEntity shown) {
        return abilities.getOrDefault(Long.parseLong(shown.id()), PostAbilities.Ability.NONE);
    }

    /** The value of a form's `return_to`: this page, at this entry. */
    public String back(String entryId) {
        return returnTo + "#post-" + entryId;
    }

    /** A page about a post (edit, delete, reply, quote) that comes back here afterwards. */
    public String link(StatusEntity shown, String what, String entryId) {
        return "/statuses/" + shown.id() + "/" + what + "?return_to=" + ReturnTo.encode(back(entryId));
    }

    /** The actions for the signed-in viewer of this request on these entries, or null for a visitor. */
    static PostActions of(Context ctx, Pages pages, Posts posts, int viewer, Collection<StatusEntity> entries) {
        // A form re-rendered after a post comes back to home, never to the address it was posted to.
        String back = ctx.method().name().equals("GET") ? ReturnTo.current(ctx) : "/";
        return of(pages.page(ctx, "").csrf(), back, posts, viewer, entries);
    }

    static PostActions of(String csrf, String returnTo, Posts posts, int viewer, Collection<StatusEntity> entries) {
        if (viewer <= 0) return null;
        List<Long> ids = new ArrayList<>();
        for (StatusEntity e : entries) ids.add(Long.parseLong((e.reblog() != null ? e.reblog() : e).id()));
        return new PostActions(csrf, returnTo, viewer, posts.abilities().of(viewer, ids));
    }
}
