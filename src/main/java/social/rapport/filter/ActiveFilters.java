package social.rapport.filter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.status.FilterContext;
import social.rapport.status.FilterMatcher;
import social.rapport.status.ViewerFilters;

/** The viewer's filters in force now, read from the store once per rendered page. */
public final class ActiveFilters implements ViewerFilters {
    private final FilterStore store;
    private final Clock clock;

    ActiveFilters(FilterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public static ActiveFilters of(Clock clock) {
        return new ActiveFilters(new FilterStore(), clock);
    }

    @Override
    public List<Rule> active(Handle h, int viewer) {
        if (viewer <= 0) return List.of();
        List<Filter> filters = store.active(h, viewer, clock.millis());
        if (filters.isEmpty()) return List.of();
        List<Rule> rules = new ArrayList<>(filters.size());
        for (Filter f : filters) {
            Set<FilterContext> contexts = EnumSet.noneOf(FilterContext.class);
            for (String c : f.contexts()) FilterContext.parse(c).ifPresent(contexts::add);
            List<Word> words = new ArrayList<>();
            for (Filter.Keyword k : f.keywords()) {
                words.add(new Word(k.keyword(), FilterMatcher.pattern(k.keyword(), k.wholeWord())));
            }
            Set<Long> posts = new HashSet<>();
            for (Filter.Post p : f.statuses()) posts.add(p.statusId());
            rules.add(new Rule(f.id(), contexts, f.action(), words, posts, FilterEntities.summary(f)));
        }
        return rules;
    }
}
