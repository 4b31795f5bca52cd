package social.rapport.notify;

import social.rapport.store.Event;

/** A marker was saved: the pages' live stream tells the new unread count. */
public final class MarkerEvents {
    private MarkerEvents() {}

    public record Saved(int accountId, String timeline) implements Event {
        public String topic() {
            return "marker.saved";
        }
    }
}
