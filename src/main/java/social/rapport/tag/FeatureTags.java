package social.rapport.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.status.StatusAccess;
import social.rapport.store.Database;

/**
 * Hashtags a person features on their profile (at most ten), with how many of their posts carry
 * each: counted only among their public posts that the viewer may see, so the numbers never tell of
 * a restricted post. Suggestions are the caller's own most used tags not featured yet.
 */
public final class FeatureTags {
    public static final int MAX = 10;
    /** Stored uses read per featured list at most. */
    private static final int MAX_USES = 10_000;

    private final Database db;
    private final TagStore store;
    private final StatusAccess access;
    private final ShowTags show;
    private final String baseUrl;

    FeatureTags(Database db, TagStore store, StatusAccess access, ShowTags show, String baseUrl) {
        this.db = db;
        this.store = store;
        this.access = access;
        this.show = show;
        this.baseUrl = baseUrl;
    }

    private AudiencePolicy policy() {
        return access.policy();
    }

    /** Features the tag; a tag already featured, a bad name or an eleventh: 422, nothing changes. */
    public FeaturedTagEntity feature(int viewer, String name) {
        String tag = TagNames.parse(name, "name");
        return db.write(tx -> {
            // Taking the account's row first makes two requests of one account at once wait for each other.
            tx.handle()
                    .createUpdate("UPDATE accounts SET id = id WHERE id = :a")
                    .bind("a", viewer)
                    .execute();
            List<TagStore.Row> now = store.featured(tx.handle(), viewer);
            if (now.stream().anyMatch(r -> r.tag().equals(tag)))
                throw Problem.invalid("name", "This hashtag is already featured");
            if (now.size() >= MAX) throw Problem.invalid("name", "At most " + MAX + " hashtags can be featured");
            TagStore.Row row = store.feature(tx, viewer, tag);
            return entities(tx.handle(), viewer, viewer, List.of(row)).get(0);
        });
    }

    /** Stops featuring one of one's own featured tags; anyone else's, or none, is 404. */
    public void unfeature(int viewer, long id) {
        db.writeVoid(tx -> {
            if (!store.unfeature(tx, viewer, id)) throw Problem.notFound();
        });
    }

    /** The caller's own featured tags. */
    public List<FeaturedTagEntity> mine(int viewer) {
        return db.read(h -> entities(h, viewer, viewer, store.featured(h, viewer)));
    }

    /** The account's featured tags as the viewer may see them; a hidden account is 404. */
    public List<FeaturedTagEntity> ofAccount(int viewer, int account) {
        if (!policy().canSeeAccount(viewer, account)) throw Problem.notFound();
        return db.read(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM accounts WHERE id = :a AND state = 'active'")
                            .bind("a", account)
                            .mapTo(Integer.class)
                            .one()
                    == 0) throw Problem.notFound();
            return entities(h, viewer, account, store.featured(h, account));
        });
    }

    /** The caller's most used hashtags (on their own posts) that they do not feature yet, as Tag entities. */
    public List<TagEntity> suggestions(int viewer) {
        return db.read(h -> {
            Set<String> featured =
                    store.featured(h, viewer).stream().map(TagStore.Row::tag).collect(Collectors.toSet());
            List<String> tags = new ArrayList<>();
            for (Map.Entry<String, Integer> e : access.ownTagCounts(h, viewer, MAX + featured.size())) {
                if (!featured.contains(e.getKey()) && tags.size() < MAX) tags.add(e.getKey());
            }
            return show.render(h, viewer, tags);
        });
    }

    private List<FeaturedTagEntity> entities(Handle h, int viewer, int owner, List<TagStore.Row> rows) {
        if (rows.isEmpty()) return List.of();
        List<String> tags = rows.stream().map(TagStore.Row::tag).toList();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Long> last = new HashMap<>();
        for (StatusAccess.TagUse u : access.listedTagUses(h, viewer, tags, owner, 0, MAX_USES)) {
            counts.merge(u.tag(), 1, Integer::sum);
            last.merge(u.tag(), u.createdAt(), Math::max);
        }
        List<FeaturedTagEntity> out = new ArrayList<>();
        for (TagStore.Row r : rows) {
            Long at = last.get(r.tag());
            out.add(new FeaturedTagEntity(
                    Long.toString(r.id()),
                    r.tag(),
                    TagNames.url(baseUrl, r.tag()),
                    counts.getOrDefault(r.tag(), 0),
                    at == null
                            ? null
                            : java.time.Instant.ofEpochMilli(at).toString().substring(0, 10)));
        }
        return out;
    }
}
