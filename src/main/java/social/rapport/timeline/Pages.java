package social.rapport.timeline;

import java.util.List;
import java.util.function.ToLongFunction;

/** Builds a page's Link ids from the rows it was rendered from. */
final class Pages {
    private Pages() {}

    static <R, T> Page<T> of(List<T> items, List<R> rows, ToLongFunction<R> key) {
        if (rows.isEmpty()) return Page.empty();
        return new Page<>(items, key.applyAsLong(rows.get(rows.size() - 1)), key.applyAsLong(rows.get(0)));
    }
}
