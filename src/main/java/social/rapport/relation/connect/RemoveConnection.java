package social.rapport.relation.connect;

import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** Ends a connection. Follows in either direction stay; either side may unfollow separately. */
public final class RemoveConnection {
    private final Database db;
    private final Visible visible;
    private final ConnectionStore connections;
    private final Relationships relationships;

    public RemoveConnection(Database db, Visible visible, ConnectionStore connections, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.connections = connections;
        this.relationships = relationships;
    }

    public Relationship remove(int viewer, int otherId) {
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, otherId);
            if (!connections.delete(tx, viewer, otherId)) throw Problem.notFound();
            tx.emit(new RelationEvents.Disconnected(viewer, otherId));
        });
        return relationships.with(viewer, otherId);
    }
}
