package social.rapport.timeline;

import java.util.List;
import java.util.function.ToLongFunction;

/** Builds a page's Link ids from the rows it was rendered from. */
final class LinkedPages {
    private LinkedPages() {}

    static <R, T> LinkedPage<T> of(List<T> items, List<R> rows, ToLongFunction<R> key) {
        if (rows.isEmpty()) return LinkedPage.empty();
        return new LinkedPage<>(items, key.applyAsLong(rows.get(rows.size() - 1)), key.applyAsLong(rows.get(0)));
    }
}
