package social.rapport.emoji;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.CustomEmoji;
import social.rapport.core.Emojis;
import social.rapport.store.Database;

/**
 * The server's custom emoji, held in memory (there are few, and every rendered account and post asks
 * for them): read at start, again at once after a change here, and every 30 seconds, so that a change
 * made through another server on the same database shows within that time.
 */
public final class CustomEmojis implements Emojis {
    private static final long REFRESH_NANOS = 30_000_000_000L;
    private final Database db;
    private final String baseUrl;
    private final EmojiStore store = new EmojiStore();
    private volatile Map<String, CustomEmoji> byCode;
    private volatile long readAt;
    private final java.util.concurrent.atomic.AtomicBoolean refreshing =
            new java.util.concurrent.atomic.AtomicBoolean();

    public CustomEmojis(Database db, String baseUrl) {
        this.db = db;
        this.baseUrl = baseUrl;
        reload();
    }

    @Override
    public CustomEmoji find(String shortcode) {
        return current().get(shortcode);
    }

    /** Every emoji, by shortcode (case aside), as `GET /api/v1/custom_emojis` lists them. */
    public List<CustomEmoji> all() {
        return List.copyOf(current().values());
    }

    /** The address of an emoji's image (public, never changes while the emoji exists). */
    String url(String file) {
        return baseUrl + "/emoji/" + file;
    }

    void reload() {
        Map<String, CustomEmoji> m = new LinkedHashMap<>();
        for (EmojiStore.Row r : db.read(store::all)) {
            String url = url(r.file());
            m.put(r.shortcode(), new CustomEmoji(r.shortcode(), url, url, r.visibleInPicker(), r.category()));
        }
        byCode = m;
        readAt = System.nanoTime();
    }

    /** One reader at a time refreshes; the others go on with what was read last. */
    private Map<String, CustomEmoji> current() {
        if (System.nanoTime() - readAt > REFRESH_NANOS && refreshing.compareAndSet(false, true)) {
            try {
                reload();
            } finally {
                refreshing.set(false);
            }
        }
        return byCode;
    }
}
