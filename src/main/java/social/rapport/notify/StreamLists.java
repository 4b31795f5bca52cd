package social.rapport.notify;

import social.rapport.status.Status;

/**
 * What streams ask of the lists feature: whose list a stream names, whether a post belongs on it,
 * and whose posts leave the viewer's home (members of their exclusive lists). Visibility is decided
 * before, by the audience policy.
 */
public interface StreamLists {
    StreamLists NONE = new StreamLists() {
        public boolean owns(int viewer, long listId) {
            return false;
        }

        public boolean carries(int viewer, long listId, Status post, Status original) {
            return false;
        }

        public boolean leavesHome(int viewer, int author) {
            return false;
        }
    };

    boolean owns(int viewer, long listId);

    /** `original`: the reblogged post when `post` is a reblog, else null. */
    boolean carries(int viewer, long listId, Status post, Status original);

    boolean leavesHome(int viewer, int author);
}
