package social.rapport.status;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.relation.PostFacts;

/**
 * Posts as the relations feature needs them. An author's posts are counted in one query, grouped
 * by what the audience policy needs to decide on them: the audience, whether they repost (and the original's author and audience), and whether
 * the viewer is among the people mentioned. A repost carries no mentions of its own, so it goes by
 * its original's, exactly as the policy does. Decides nothing itself.
 */
public final class RelationPostFacts implements PostFacts {
    private final StatusStore store = new StatusStore();

    private static final String SQL = "SELECT audience, reblog, oaccount, oaudience, mentioned, COUNT(*) AS n,"
            + " MAX(created_at) AS newest FROM (SELECT s.audience AS audience,"
            + " CASE WHEN s.reblog_of_id IS NULL THEN 0 ELSE 1 END AS reblog,"
            + " COALESCE(o.account_id, 0) AS oaccount, o.audience AS oaudience,"
            + " CASE WHEN EXISTS (SELECT 1 FROM status_mentions m WHERE m.status_id = COALESCE(s.reblog_of_id, s.id)"
            + " AND m.account_id = :viewer) THEN 1 ELSE 0 END AS mentioned, s.created_at AS created_at"
            + " FROM statuses s LEFT JOIN statuses o ON o.id = s.reblog_of_id WHERE s.account_id = :author) t"
            + " GROUP BY audience, reblog, oaccount, oaudience, mentioned";

    @Override
    public List<Group> groups(Handle h, int viewer, int author) {
        return h.createQuery(SQL)
                .bind("viewer", viewer)
                .bind("author", author)
                .map((rs, ctx) -> {
                    Set<Integer> mentioned = rs.getInt("mentioned") == 1 ? Set.of(viewer) : Set.of();
                    StatusStore.Light post = new StatusStore.Light(
                            0, author, 0, StatusStore.audience(rs.getString("audience")), mentioned);
                    StatusStore.Light original = null;
                    if (rs.getInt("reblog") == 1 && rs.getString("oaudience") != null) {
                        original = new StatusStore.Light(
                                0,
                                rs.getInt("oaccount"),
                                0,
                                StatusStore.audience(rs.getString("oaudience")),
                                mentioned);
                    }
                    return new Group(post, rs.getInt("reblog") == 1, original, rs.getInt("n"), rs.getLong("newest"));
                })
                .list();
    }

    @Override
    public Map<Long, AudiencePolicy.Visible> posts(Handle h, Collection<Long> ids) {
        Map<Long, AudiencePolicy.Visible> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        store.byIds(h, ids).forEach((id, s) -> {
            if (!s.isReblog()) out.put(id, s);
        });
        return out;
    }
}
