package social.rapport.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import social.rapport.status.Cursor;

/**
 * Reads a listing from the store in chunks, keeping what passes the audience policy, until the
 * page is full or the listing ends. SQL only pre-filters; the policy has the last word.
 */
final class Scan {
    static final int MAX_CHUNKS = 50;

    private Scan() {}

    /** Items in the cursor's order, at most `limit`, newest first in the answer. */
    static <T> List<T> collect(
            Cursor cursor, Function<Cursor, List<T>> fetch, Function<List<T>, List<T>> keep, ToLongFunction<T> key) {
        List<T> out = new ArrayList<>();
        int chunk = Math.max(cursor.limit() * 2, 40);
        Cursor c = cursor.withLimit(chunk);
        for (int i = 0; i < MAX_CHUNKS && out.size() < cursor.limit(); i++) {
            List<T> rows = fetch.apply(c);
            if (rows.isEmpty()) break;
            for (T t : keep.apply(rows)) {
                if (out.size() < cursor.limit()) out.add(t);
            }
            if (rows.size() < chunk) break;
            c = c.after(key.applyAsLong(rows.get(rows.size() - 1)), chunk);
        }
        if (cursor.ascending()) Collections.reverse(out);
        return out;
    }

    static <T> Function<List<T>, List<T>> only(Predicate<T> p) {
        return rows -> rows.stream().filter(p).toList();
    }
}
