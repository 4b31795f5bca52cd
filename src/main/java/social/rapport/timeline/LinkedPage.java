package social.rapport.timeline;

import java.util.List;

/**
 * One page of a listing, newest first, with the ids for the Link header: `next` pages to older
 * items (max_id), `prev` to newer ones (min_id). Zero when the page is empty.
 */
public record LinkedPage<T>(List<T> items, long next, long prev) {
    public static <T> LinkedPage<T> empty() {
        return new LinkedPage<>(List.of(), 0, 0);
    }
}
