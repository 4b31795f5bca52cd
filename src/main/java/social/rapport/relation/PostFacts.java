package social.rapport.relation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;

/**
 * What the relations feature needs to know about posts, answered by the posts feature: facts only,
 * the audience policy decides. Counts are worked out without loading every post.
 */
public interface PostFacts {
    /**
     * Posts alike for the policy: `post` stands for each (its audience, and the viewer among its
     * mentioned people or not); for reposts, `original` stands for what they repost (null when it
     * is gone). `newest` is the creation time of the newest of them.
     */
    record Group(
            AudiencePolicy.Visible post, boolean repost, AudiencePolicy.Visible original, int count, long newest) {}

    /** The author's posts and reposts, grouped as above, as seen from `viewer` (0 anonymous). */
    List<Group> groups(Handle h, int viewer, int author);

    /** The posts among `ids` that exist and are not reposts, by id; absent ids are missing. */
    Map<Long, AudiencePolicy.Visible> posts(Handle h, Collection<Long> ids);

    /** No posts at all: for the relations feature on its own. */
    PostFacts NONE = new PostFacts() {
        public List<Group> groups(Handle h, int viewer, int author) {
            return List.of();
        }

        public Map<Long, AudiencePolicy.Visible> posts(Handle h, Collection<Long> ids) {
            return Map.of();
        }
    };
}
