package social.rapport.relation.circle;

import social.rapport.store.Database;
import social.rapport.store.Tx;

/** Makes a new circle with a name unique among the owner's circles. */
public final class CreateCircle {
    private final Database db;
    private final CircleStore circles;
    private final OwnCircles own;

    public CreateCircle(Database db, CircleStore circles) {
        this.db = db;
        this.circles = circles;
        this.own = new OwnCircles(circles);
    }

    public Circle create(int owner, String name) {
        return db.write(tx -> create(tx, owner, name));
    }

    /** Creates within a transaction the caller holds (to record an idempotency key with the circle). */
    public Circle create(Tx tx, int owner, String name) {
        own.ensureDefaults(tx, owner);
        String n = own.checkName(tx.handle(), owner, name, 0);
        return new Circle(circles.insert(tx, owner, n), owner, n);
    }
}
