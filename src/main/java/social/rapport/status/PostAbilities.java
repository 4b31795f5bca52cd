package social.rapport.status;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import social.rapport.store.Database;

/**
 * What a viewer may do with each post of a page, asked of the audience policy once per page so
 * that pages offer only what the services would accept: repost, reply, quote, and the author's own
 * edit, pin and delete. The services still decide each action on its own.
 */
public final class PostAbilities {
    /** For one post (never a reblog row: the post a reblog shows). */
    public record Ability(boolean repost, boolean reply, boolean own, boolean quote) {
        public static final Ability NONE = new Ability(false, false, false, false);
    }

    private final Database db;
    private final StatusAccess access;

    PostAbilities(Database db, StatusAccess access) {
        this.db = db;
        this.access = access;
    }

    /** The abilities on the posts with these ids that the viewer may see; others are absent. */
    public Map<Long, Ability> of(int viewer, Collection<Long> ids) {
        if (viewer <= 0 || ids.isEmpty()) return Map.of();
        return db.read(h -> {
            Map<Long, Ability> out = new HashMap<>();
            for (Status s : access.store().byIds(h, ids).values()) {
                if (s.isReblog() || !access.policy().canSee(viewer, s)) continue;
                out.put(
                        s.id(),
                        new Ability(
                                access.policy().mayRepost(viewer, s),
                                access.policy().mayReply(viewer, s, s.replyPolicy()),
                                s.accountId() == viewer,
                                access.policy().mayQuote(viewer, s, s.quotePolicy())));
            }
            return out;
        });
    }
}
