package social.rapport.notify;

import social.rapport.store.Event;

/** A notification was stored, so the recipient's open streams can carry it. */
public final class NotificationEvents {
    private NotificationEvents() {}

    public record Created(long notificationId, int accountId, boolean filtered) implements Event {
        public String topic() {
            return "notification.created";
        }
    }
}
