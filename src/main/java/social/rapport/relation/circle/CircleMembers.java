package social.rapport.relation.circle;

import java.util.List;
import social.rapport.account.Account;
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
            own.find(h, owner, circleId);
            int[] ids = circles.members(h, circleId).stream().mapToInt(Integer::intValue).toArray();
            return visible.accounts(h, owner, ids);
        });
    }
}
