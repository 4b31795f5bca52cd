package social.rapport.relation.connect;

import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The invitee sets the invitation aside without answering; the sender is not told. */
public final class IgnoreInvitation {
    private final Database db;
    private final InvitationStore invitations;
    private final OwnInvitation own;

    public IgnoreInvitation(Database db, Visible visible, InvitationStore invitations) {
        this.db = db;
        this.invitations = invitations;
        this.own = new OwnInvitation(invitations, visible);
    }

    public InvitationView ignore(int viewer, long invitationId) {
        return db.write(tx -> {
            InvitationView v = own.asTarget(tx.handle(), viewer, invitationId);
            invitations.decide(tx, invitationId, "ignored");
            tx.emit(new social.rapport.relation.RelationEvents.InvitationClosed(
                    invitationId, v.sender().id(), v.target().id(), "ignored"));
            return new InvitationView(
                    invitations.byId(tx.handle(), invitationId).orElseThrow(), v.sender(), v.target());
        });
    }
}
