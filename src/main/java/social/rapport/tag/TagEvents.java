package social.rapport.tag;

import social.rapport.store.Event;

/** What changes in who follows which hashtag; the in-memory list of followed tags reacts after the commit. */
public final class TagEvents {
    private TagEvents() {}

    public record Followed(int accountId, String tag) implements Event {
        public String topic() {
            return "tag.followed";
        }
    }

    public record Unfollowed(int accountId, String tag) implements Event {
        public String topic() {
            return "tag.unfollowed";
        }
    }
}
