package social.rapport.store;

/**
 * A change that others react to (the graph, notifications, streaming). Written to the outbox in the
 * same transaction as the change and handed to listeners only after the commit.
 */
public interface Event {
    /** A stable name for the outbox row, such as "follow.created". */
    String topic();
}
