package social.rapport.relation.circle;

import java.util.List;
import social.rapport.relation.RelationEvents;
import social.rapport.store.Database;

/** Lists, creates, renames and deletes the viewer's circles. Each account starts with three. */
public final class ManageCircles {
    private final Database db;
    private final CircleStore circles;
    private final OwnCircles own;

    public ManageCircles(Database db, CircleStore circles) {
        this.db = db;
        this.circles = circles;
        this.own = new OwnCircles(circles);
    }

    /** Called when an account is created, so its starting circles exist before it asks. */
    public void startCircles(int owner) { db.writeVoid(tx -> own.ensureDefaults(tx, owner)); }

    public List<Circle> list(int owner) {
        if (!db.read(h -> circles.hasDefaults(h, owner))) startCircles(owner);
        return db.read(h -> circles.of(h, owner));
    }

    public Circle create(int owner, String name) {
        return db.write(tx -> {
            own.ensureDefaults(tx, owner);
            String n = own.checkName(tx.handle(), owner, name, 0);
            return new Circle(circles.insert(tx, owner, n), owner, n);
        });
    }

    public Circle rename(int owner, long id, String name) {
        return db.write(tx -> {
            own.find(tx.handle(), owner, id);
            String n = own.checkName(tx.handle(), owner, name, id);
            circles.rename(tx, id, n);
            return new Circle(id, owner, n);
        });
    }

    public void delete(int owner, long id) {
        db.writeVoid(tx -> {
            own.find(tx.handle(), owner, id);
            circles.delete(tx, id);
            tx.emit(new RelationEvents.CircleDeleted(owner, id));
        });
    }
}
