package social.rapport.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import social.rapport.status.Chunk;
import social.rapport.status.Cursor;

/**
 * Reads a listing in chunks through the posts' door (each chunk already passed through the audience
 * policy), until the page is full or the listing ends. SQL only pre-filters; the policy has the last
 * word.
 */
final class Scan {
    static final int MAX_CHUNKS = 50;

    private Scan() {}

    /** Items in the cursor's order, at most `limit`, newest first in the answer. */
    static <T> List<T> collect(Cursor cursor, Function<Cursor, Chunk<T>> fetch) {
        List<T> out = new ArrayList<>();
        int chunk = Math.max(cursor.limit() * 2, 40);
        Cursor c = cursor.withLimit(chunk);
        for (int i = 0; i < MAX_CHUNKS && out.size() < cursor.limit(); i++) {
            Chunk<T> rows = fetch.apply(c);
            if (rows.read() == 0) break;
            for (T t : rows.visible()) {
                if (out.size() < cursor.limit()) out.add(t);
            }
            if (rows.read() < chunk) break;
            c = c.after(rows.last(), chunk);
        }
        if (cursor.ascending()) Collections.reverse(out);
        return out;
    }

    /** The chunk with only the visible items that also pass `p` (a timeline's own filter: mutes, replies). */
    static <T> Chunk<T> only(Chunk<T> rows, Predicate<T> p) {
        return new Chunk<>(rows.visible().stream().filter(p).toList(), rows.read(), rows.last());
    }
}
