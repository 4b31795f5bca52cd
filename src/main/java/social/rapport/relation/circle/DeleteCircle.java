package social.rapport.relation.circle;

import social.rapport.relation.RelationEvents;
import social.rapport.store.Database;

/** Deletes one of the owner's circles with its memberships; the members are never told. */
public final class DeleteCircle {
    private final Database db;
    private final CircleStore circles;
    private final OwnCircles own;

    public DeleteCircle(Database db, CircleStore circles) {
        this.db = db;
        this.circles = circles;
        this.own = new OwnCircles(circles);
    }

    public void delete(int owner, long id) {
        db.writeVoid(tx -> {
            own.find(tx.handle(), owner, id);
            circles.delete(tx, id);
            tx.emit(new RelationEvents.CircleDeleted(owner, id));
        });
    }
}
