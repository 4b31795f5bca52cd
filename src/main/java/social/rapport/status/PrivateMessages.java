package social.rapport.status;

import java.util.Set;
import social.rapport.audience.Grant;
import social.rapport.store.Tx;

/**
 * What the messages feature does when a private post (to the mentioned people only, Mastodon's
 * `direct`) is published: in the post's own transaction, before it is stored, it refuses the post
 * (a {@link social.rapport.core.Problem}: nothing is stored) or files it in the author's and
 * each recipient's conversations or message requests.
 */
public interface PrivateMessages {
    void sent(Tx tx, Status post);

    /** Until the messages feature is wired: private posts are stored and filed nowhere. */
    PrivateMessages NONE = (tx, post) -> {};

    /** A private message: a post (not a reblog) whose only grant is the mentioned people. */
    static boolean isPrivate(Status s) {
        return !s.isReblog()
                && s.audience().exceptCircles().isEmpty()
                && s.audience().grants().equals(Set.of(Grant.MENTIONED));
    }
}
