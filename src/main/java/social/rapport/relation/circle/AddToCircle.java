package social.rapport.relation.circle;

import java.util.List;
import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * Puts accounts in one of the owner's circles. A circle holds only accounts the owner can see; one
 * bad id anywhere in the request adds nobody. The members are never told.
 */
public final class AddToCircle {
    private final Database db;
    private final CircleStore circles;
    private final Visible visible;
    private final OwnCircles own;

    public AddToCircle(Database db, CircleStore circles, Visible visible) {
        this.db = db;
        this.circles = circles;
        this.visible = visible;
        this.own = new OwnCircles(circles);
    }

    public void add(int owner, long circleId, List<Integer> accountIds) {
        OwnCircles.checkIds(accountIds);
        db.writeVoid(tx -> {
            own.find(tx.handle(), owner, circleId);
            for (int id : accountIds) {
                if (id == owner) throw Problem.invalid("account_ids", "You cannot add yourself to a circle");
                visible.account(tx.handle(), owner, id);
            }
            for (int id : accountIds) {
                if (circles.addMember(tx, circleId, id))
                    tx.emit(new RelationEvents.CircleMemberAdded(owner, circleId, id));
            }
        });
    }
}
