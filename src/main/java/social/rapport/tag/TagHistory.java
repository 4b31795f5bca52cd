package social.rapport.tag;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.core.Ids;
import social.rapport.status.StatusAccess;

/**
 * The last seven days of a hashtag's use: per day, how many posts carried it and how many people
 * wrote them. Only public posts the viewer may see are counted (through the audience policy): a
 * count of what the viewer may not see would tell of it.
 */
public final class TagHistory {
    static final int DAYS = 7;
    private static final long DAY = 86_400_000L;
    /** Stored uses read per question at most; a busier tag's older days count what fits. */
    private static final int MAX_USES = 20_000;

    private final StatusAccess access;
    private final Clock clock;

    public TagHistory(StatusAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** The history of each tag, today first. */
    public Map<String, List<TagEntity.Day>> of(Handle h, int viewer, Collection<String> tags) {
        long today = Math.floorDiv(clock.millis(), DAY);
        long from = (today - DAYS + 1) * DAY;
        Map<String, long[]> uses = new HashMap<>();
        Map<String, List<Set<Integer>>> people = new HashMap<>();
        for (String t : tags) {
            uses.put(t, new long[DAYS]);
            List<Set<Integer>> p = new ArrayList<>();
            for (int i = 0; i < DAYS; i++) p.add(new HashSet<>());
            people.put(t, p);
        }
        for (StatusAccess.TagUse u : access.listedTagUses(h, viewer, tags, 0, Ids.floorOf(from), MAX_USES)) {
            int ago = (int) (today - Math.floorDiv(u.createdAt(), DAY));
            if (ago < 0 || ago >= DAYS || !uses.containsKey(u.tag())) continue;
            uses.get(u.tag())[ago]++;
            people.get(u.tag()).get(ago).add(u.accountId());
        }
        Map<String, List<TagEntity.Day>> out = new HashMap<>();
        for (String t : tags) {
            List<TagEntity.Day> days = new ArrayList<>(DAYS);
            for (int ago = 0; ago < DAYS; ago++) {
                days.add(new TagEntity.Day(
                        Long.toString((today - ago) * DAY / 1000),
                        Long.toString(uses.get(t)[ago]),
                        Integer.toString(people.get(t).get(ago).size())));
            }
            out.put(t, days);
        }
        return out;
    }
}
