package social.rapport.filter;

import social.rapport.store.Event;

/** Events of the filters feature. */
public final class FilterEvents {
    private FilterEvents() {}

    /** The owner's filters changed: their user streams say `filters_changed`. */
    public record Changed(int accountId) implements Event {
        public String topic() {
            return "filters.changed";
        }
    }
}
