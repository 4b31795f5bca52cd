package social.rapport.relation.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.relation.PostFacts;
import social.rapport.store.Database;

/**
 * A locked account's public introduction: a short text and up to three posts it chooses, shown to
 * people who cannot see its posts yet. Only the account's own posts may be chosen: any other id,
 * whether missing or someone else's, is refused alike (so the answer tells nothing about it) and
 * nothing is stored. Who may see each chosen post is decided when it is shown.
 */
public final class SetIntroduction {
    public static final int MAX_TEXT = 500;
    public static final int MAX_POSTS = 3;
    private final Database db;
    private final ProfileStore profiles;
    private final PostFacts posts;

    public SetIntroduction(Database db, ProfileStore profiles, PostFacts posts) {
        this.db = db;
        this.profiles = profiles;
        this.posts = posts;
    }

    public ProfileStore.Introduction set(int owner, String text, List<String> postIds) {
        String t = text == null ? "" : text.strip();
        if (t.codePointCount(0, t.length()) > MAX_TEXT) {
            throw Problem.invalid("text", "An introduction is at most " + MAX_TEXT + " characters");
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (String s : postIds) {
            long id = social.rapport.core.Ids.parse(s);
            if (id <= 0) throw Problem.invalid("post_ids", "Not a post id: " + s);
            ids.add(id);
        }
        if (ids.size() > MAX_POSTS) throw Problem.invalid("post_ids", "Choose at most " + MAX_POSTS + " posts");
        ProfileStore.Introduction intro = new ProfileStore.Introduction(t, new ArrayList<>(ids));
        db.writeVoid(tx -> {
            Map<Long, AudiencePolicy.Visible> found = posts.posts(tx.handle(), ids);
            for (long id : ids) {
                AudiencePolicy.Visible p = found.get(id);
                if (p == null || p.owner() != owner) {
                    throw Problem.invalid("post_ids", "Choose among your own posts: " + id + " is not one of them");
                }
            }
            profiles.putIntroduction(tx, owner, intro);
        });
        return intro;
    }
}
