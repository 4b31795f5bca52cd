package social.rapport.status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/**
 * The media a post carries, as the posts see them: checked and attached in the transaction that
 * writes the post, and shown with it. The media feature implements it; the posts know nothing
 * else of media. Every method that takes ids answers a 422 naming what is wrong (another's upload,
 * an unknown one, one another post took, one still processing, too many, a mix of kinds) and
 * changes nothing.
 */
public interface PostMedia {
    /** Mastodon's `media_attributes[]`: a new description or focus ("x,y") for one attached upload. */
    record Attribute(String id, String description, String focus) {}

    /** Checks the uploads for a new post; answers how many there are. Writes nothing. */
    int check(Handle h, int author, List<String> mediaIds);

    /** Attaches the uploads to the new post, in the order given. */
    void attach(Tx tx, int author, long statusId, List<String> mediaIds);

    /**
     * An edit: the post's media become `mediaIds` in that order (null leaves them as they are; the
     * ones taken off are detached, to be cleaned up), and `attributes` change descriptions and focus
     * of those it keeps. Answers how many the post carries after.
     */
    int edit(Tx tx, int author, long statusId, List<String> mediaIds, List<Attribute> attributes);

    /**
     * Mastodon's MediaAttachment entities of posts the viewer was let see (through
     * {@link StatusAccess}), by post id, in their order, with addresses made for this viewer. One
     * read for the whole page.
     */
    Map<Long, List<Object>> shown(Handle h, int viewer, Collection<Status> visible);

    /** The uploads on a post, in their order (for the versions of its history). */
    List<Long> attachedIds(Handle h, long statusId);

    /**
     * The media of one post the viewer was let see (through {@link StatusAccess}) as
     * {@link #shown} gives them, by upload id, in their order: for its history.
     */
    Map<Long, Object> shownById(Handle h, int viewer, Status visible);

    /**
     * The same media, with addresses made for `reader` whoever the posts were checked for: "view as",
     * where the owner looks at their own posts as another would see them. Only the posts the imagined
     * viewer may see are asked about; every address is made for the one who looks, and serving checks
     * again that they may see the post.
     */
    default PostMedia addressedTo(int reader) {
        PostMedia inner = this;
        return new PostMedia() {
            @Override
            public int check(Handle h, int author, List<String> mediaIds) {
                return inner.check(h, author, mediaIds);
            }

            @Override
            public void attach(Tx tx, int author, long statusId, List<String> mediaIds) {
                inner.attach(tx, author, statusId, mediaIds);
            }

            @Override
            public int edit(Tx tx, int author, long statusId, List<String> mediaIds, List<Attribute> attributes) {
                return inner.edit(tx, author, statusId, mediaIds, attributes);
            }

            @Override
            public Map<Long, List<Object>> shown(Handle h, int viewer, Collection<Status> visible) {
                return inner.shown(h, reader, visible);
            }

            @Override
            public List<Long> attachedIds(Handle h, long statusId) {
                return inner.attachedIds(h, statusId);
            }

            @Override
            public Map<Long, Object> shownById(Handle h, int viewer, Status visible) {
                return inner.shownById(h, reader, visible);
            }
        };
    }

    /** No media: none shown, and a post that names some is refused. */
    PostMedia NONE = new PostMedia() {
        @Override
        public int check(Handle h, int author, List<String> mediaIds) {
            if (!mediaIds.isEmpty()) throw social.rapport.core.Problem.invalid("media_ids", "Unknown media");
            return 0;
        }

        @Override
        public void attach(Tx tx, int author, long statusId, List<String> mediaIds) {
            check(tx.handle(), author, mediaIds);
        }

        @Override
        public int edit(Tx tx, int author, long statusId, List<String> mediaIds, List<Attribute> attributes) {
            if (mediaIds != null) check(tx.handle(), author, mediaIds);
            return 0;
        }

        @Override
        public Map<Long, List<Object>> shown(Handle h, int viewer, Collection<Status> visible) {
            return Map.of();
        }

        @Override
        public List<Long> attachedIds(Handle h, long statusId) {
            return List.of();
        }

        @Override
        public Map<Long, Object> shownById(Handle h, int viewer, Status visible) {
            return Map.of();
        }
    };
}
