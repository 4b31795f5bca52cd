package social.rapport.group;

import social.rapport.store.Event;

/** What changes in groups: the in-memory members (for the audience policy) read the group back. */
public final class GroupEvents {
    private GroupEvents() {}

    /** A group was made, changed or deleted, or someone's membership in it changed. */
    public record Changed(long groupId) implements Event {
        @Override
        public String topic() {
            return "group.changed";
        }
    }
}
