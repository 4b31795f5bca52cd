package social.rapport.status.poll;

import social.rapport.store.Event;

/** What happens to polls, written to the outbox with the change. */
public final class PollEvents {
    private PollEvents() {}

    /** The poll of post `statusId` by `authorId` ended and was claimed to be announced, once. */
    public record Ended(long statusId, int authorId) implements Event {
        public String topic() {
            return "poll.ended";
        }
    }
}
