package social.rapport.relation.circle;

import java.util.List;
import social.rapport.store.Database;

/** The viewer's circles. Every account starts with Business, Personal and Family. */
public final class ListCircles {
    private final Database db;
    private final CircleStore circles;
    private final OwnCircles own;

    public ListCircles(Database db, CircleStore circles) {
        this.db = db;
        this.circles = circles;
        this.own = new OwnCircles(circles);
    }

    /** Called when an account is created, so its starting circles exist before it asks. */
    public void startCircles(int owner) {
        db.writeVoid(tx -> own.ensureDefaults(tx, owner));
    }

    public List<Circle> list(int owner) {
        if (!db.read(h -> circles.hasDefaults(h, owner))) startCircles(owner);
        return db.read(h -> circles.of(h, owner));
    }
}
