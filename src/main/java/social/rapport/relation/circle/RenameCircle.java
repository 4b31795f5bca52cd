package social.rapport.relation.circle;

import social.rapport.store.Database;

/** Renames one of the owner's circles; anyone else's circle is not found. */
public final class RenameCircle {
    private final Database db;
    private final CircleStore circles;
    private final OwnCircles own;

    public RenameCircle(Database db, CircleStore circles) {
        this.db = db;
        this.circles = circles;
        this.own = new OwnCircles(circles);
    }

    public Circle rename(int owner, long id, String name) {
        return db.write(tx -> {
            own.find(tx.handle(), owner, id);
            String n = own.checkName(tx.handle(), owner, name, id);
            circles.rename(tx, id, n);
            return new Circle(id, owner, n);
        });
    }
}
