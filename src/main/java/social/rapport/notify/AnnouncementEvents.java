package social.rapport.notify;

import social.rapport.store.Event;

/** An announcement was published, reacted to or deleted, so signed-in people's open streams can say so. */
public final class AnnouncementEvents {
    private AnnouncementEvents() {}

    public record Published(long announcementId) implements Event {
        public String topic() {
            return "announcement.published";
        }
    }

    public record Reacted(long announcementId, String name) implements Event {
        public String topic() {
            return "announcement.reacted";
        }
    }

    public record Deleted(long announcementId) implements Event {
        public String topic() {
            return "announcement.deleted";
        }
    }
}
