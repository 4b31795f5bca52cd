package social.rapport.emoji;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for the custom emoji. */
final class EmojiStore {
    /** One emoji as stored: `file` is its image's name in the blob store's `emoji/` folder. */
    record Row(String shortcode, String file, String category, boolean visibleInPicker, long createdAt) {}

    List<Row> all(Handle h) {
        return h.createQuery("SELECT shortcode, file, category, visible_in_picker, created_at FROM custom_emojis"
                        + " ORDER BY shortcode_lower")
                .map((rs, ctx) -> new Row(
                        rs.getString("shortcode"),
                        rs.getString("file"),
                        rs.getString("category"),
                        rs.getBoolean("visible_in_picker"),
                        rs.getLong("created_at")))
                .list();
    }

    boolean exists(Handle h, String shortcode) {
        return h.createQuery("SELECT COUNT(*) FROM custom_emojis WHERE shortcode_lower = :s")
                        .bind("s", shortcode.toLowerCase(java.util.Locale.ROOT))
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    void insert(Tx tx, String shortcode, String file, String category) {
        tx.handle()
                .createUpdate("INSERT INTO custom_emojis (shortcode, shortcode_lower, file, category, created_at)"
                        + " VALUES (:s, :l, :f, :c, :t)")
                .bind("s", shortcode)
                .bind("l", shortcode.toLowerCase(java.util.Locale.ROOT))
                .bind("f", file)
                .bind("c", category)
                .bind("t", tx.now())
                .execute();
    }

    /** Deletes the emoji of that exact shortcode; its file's name, or empty when there was none. */
    Optional<String> delete(Tx tx, String shortcode) {
        Optional<String> file = tx.handle()
                .createQuery("SELECT file FROM custom_emojis WHERE shortcode = :s")
                .bind("s", shortcode)
                .mapTo(String.class)
                .findOne();
        file.ifPresent(f -> tx.handle()
                .createUpdate("DELETE FROM custom_emojis WHERE shortcode = :s")
                .bind("s", shortcode)
                .execute());
        return file;
    }
}
