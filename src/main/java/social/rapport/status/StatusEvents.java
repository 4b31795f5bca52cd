package social.rapport.status;

import java.util.List;
import social.rapport.store.Event;

/**
 * What happens to posts, written to the outbox in the same transaction as the change so that
 * notifications, streaming and the in-memory timelines can follow. Each names the accounts
 * involved; consumers still ask the audience policy before telling anyone.
 */
public final class StatusEvents {
    private StatusEvents() {}

    public record Created(
            long statusId,
            int accountId,
            String kind,
            long inReplyToId,
            long reblogOfId,
            long quoteOfId,
            List<Integer> mentions)
            implements Event {
        public String topic() {
            return "status.created";
        }
    }

    public record Edited(long statusId, int accountId, List<Integer> mentions) implements Event {
        public String topic() {
            return "status.edited";
        }
    }

    /** A group's post held for its moderators was released: its audience is now the group's. */
    public record Released(long statusId, int accountId) implements Event {
        public String topic() {
            return "status.released";
        }
    }

    public record Deleted(long statusId, int accountId) implements Event {
        public String topic() {
            return "status.deleted";
        }
    }

    public record Mentioned(long statusId, int authorId, int mentionedId) implements Event {
        public String topic() {
            return "status.mentioned";
        }
    }

    public record Replied(long replyId, int authorId, long parentId, int parentAuthorId) implements Event {
        public String topic() {
            return "status.replied";
        }
    }

    public record Quoted(long quoteId, int authorId, long quotedId, int quotedAuthorId) implements Event {
        public String topic() {
            return "status.quoted";
        }
    }

    public record Reblogged(long reblogId, int accountId, long statusId, int statusAuthorId) implements Event {
        public String topic() {
            return "status.reblogged";
        }
    }

    public record Unreblogged(long reblogId, int accountId, long statusId) implements Event {
        public String topic() {
            return "status.unreblogged";
        }
    }

    public record Favourited(long statusId, int accountId, int statusAuthorId) implements Event {
        public String topic() {
            return "status.favourited";
        }
    }

    public record Unfavourited(long statusId, int accountId) implements Event {
        public String topic() {
            return "status.unfavourited";
        }
    }

    public record Bookmarked(long statusId, int accountId, boolean on) implements Event {
        public String topic() {
            return on ? "status.bookmarked" : "status.unbookmarked";
        }
    }

    public record Pinned(long statusId, int accountId, boolean on) implements Event {
        public String topic() {
            return on ? "status.pinned" : "status.unpinned";
        }
    }
}
