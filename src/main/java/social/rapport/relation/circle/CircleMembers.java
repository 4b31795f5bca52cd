package social.rapport.relation.circle;

import java.util.List;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * Who is in the viewer's circle. Only the owner ever sees or changes it, members are never told,
 * and a circle holds only accounts the owner can see. A bad id anywhere in a request changes nothing.
 */
public final class CircleMembers {
    public static final int MAX_IDS = 100;
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

    public void add(int owner, long circleId, List<Integer> accountIds) {
        check(accountIds);
        db.writeVoid(tx -> {
            own.find(tx.handle(), owner, circleId);
            for (int id : accountIds) {
                if (id == owner) throw Problem.invalid("account_ids", "You cannot add yourself to a circle");
                visible.account(tx.handle(), owner, id);
            }
            for (int id : accountIds) {
                if (circles.addMember(tx, circleId, id)) tx.emit(new RelationEvents.CircleMemberAdded(owner, circleId, id));
            }
        });
    }

    public void remove(int owner, long circleId, List<Integer> accountIds) {
        check(accountIds);
        db.writeVoid(tx -> {
            own.find(tx.handle(), owner, circleId);
            for (int id : accountIds) {
                if (circles.removeMember(tx, circleId, id)) {
                    tx.emit(new RelationEvents.CircleMemberRemoved(owner, circleId, id));
                }
            }
        });
    }

    private static void check(List<Integer> ids) {
        if (ids.isEmpty()) throw Problem.invalid("account_ids", "Name at least one account");
        if (ids.size() > MAX_IDS) throw Problem.invalid("account_ids", "At most " + MAX_IDS + " accounts at once");
    }
}
