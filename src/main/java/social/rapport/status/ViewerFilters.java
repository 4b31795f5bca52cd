package social.rapport.status;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * A viewer's filters that are in force now (not expired), as rendering needs them. The filters
 * feature keeps them; rendering only asks, once per page.
 */
@FunctionalInterface
public interface ViewerFilters {
    ViewerFilters NONE = (h, viewer) -> List.of();

    /** The viewer's filters in force now; empty for an anonymous viewer. */
    List<Rule> active(Handle h, int viewer);

    /**
     * One filter: where it applies, what it does (`warn`, `hide` or `blur`), what it matches (its
     * keywords and post ids), and `entity`, the Filter entity a FilterResult shows.
     */
    record Rule(
            long id,
            Set<FilterContext> contexts,
            String action,
            List<Word> keywords,
            Set<Long> statusIds,
            Object entity) {
        public boolean hides() {
            return action.equals("hide");
        }
    }

    /** A keyword as typed, and the pattern that finds it in a post's plain text. */
    record Word(String keyword, Pattern pattern) {}
}
