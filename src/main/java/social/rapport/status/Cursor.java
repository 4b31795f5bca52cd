package social.rapport.status;

/**
 * Mastodon's paging window over time-ordered ids: newer than `minId` (exclusive) and older than
 * `maxId` (exclusive). `ascending` is set for `min_id` paging, which walks up from the oldest end.
 */
public record Cursor(long maxId, long minId, boolean ascending, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 40;

    public static Cursor newest(int limit) {
        return new Cursor(Long.MAX_VALUE, 0, false, limit);
    }

    String where() {
        return "id < :max AND id > :min";
    }

    String order() {
        return ascending ? "id ASC" : "id DESC";
    }

    public boolean admits(long id) {
        return id < maxId && id > minId;
    }

    /** The same window moved past an item already seen, asking for `n` rows. */
    public Cursor after(long lastId, int n) {
        return ascending ? new Cursor(maxId, lastId, true, n) : new Cursor(lastId, minId, false, n);
    }

    public Cursor withLimit(int n) {
        return new Cursor(maxId, minId, ascending, n);
    }
}
