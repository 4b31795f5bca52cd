package social.rapport.relation.circle;

import social.rapport.store.Database;

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
        return db.write(tx -> {
            own.ensureDefaults(tx, owner);
            String n = own.checkName(tx.handle(), owner, name, 0);
            return new Circle(circles.insert(tx, owner, n), owner, n);
        });
    }
}
