package social.rapport.relation.circle;

import java.util.List;
import java.util.Set;
import social.rapport.account.Account;
import social.rapport.audience.Audience;
import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** Who is in the viewer's circle; only the owner ever sees it. */
public final class CircleMembers {
    private final Database db;
    private final CircleStore circles;
    private final Visible visible;
    private final OwnCircles own;

    public CircleMembers(Database db, CircleStore circles, Visible visible) {
        this.db = db;
        this.circles = circles;
        this.visible = visible;
        this.own = new OwnCircles(circles);
    }

    public List<Account> members(int owner, long circleId) {
        return db.read(h -> {
            Circle c = own.find(h, owner, circleId);
            // Membership is always only the owner's to see.
            if (!visible.policy().canSee(owner, c.ownerId(), Audience.ONLY_ME, Set.of())) throw Problem.notFound();
            int[] ids = circles.members(h, circleId).stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
            return visible.accounts(h, owner, ids);
        });
    }
}
