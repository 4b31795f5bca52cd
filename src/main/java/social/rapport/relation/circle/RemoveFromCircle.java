package social.rapport.relation.circle;

import java.util.List;
import social.rapport.relation.RelationEvents;
import social.rapport.store.Database;

/** Takes accounts out of one of the owner's circles. */
public final class RemoveFromCircle {
    private final Database db;
    private final CircleStore circles;
    private final OwnCircles own;

    public RemoveFromCircle(Database db, CircleStore circles) {
        this.db = db;
        this.circles = circles;
        this.own = new OwnCircles(circles);
    }

    public void remove(int owner, long circleId, List<Integer> accountIds) {
        OwnCircles.checkIds(accountIds);
        db.writeVoid(tx -> {
            own.find(tx.handle(), owner, circleId);
            for (int id : accountIds) {
                if (circles.removeMember(tx, circleId, id)) {
                    tx.emit(new RelationEvents.CircleMemberRemoved(owner, circleId, id));
                }
            }
        });
    }
}
