package social.rapport.relation.connect;

import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The invitee declines; the sender may not invite again for three weeks. */
public final class DeclineInvitation {
    private final Database db;
    private final InvitationStore invitations;
    private final OwnInvitation own;

    public DeclineInvitation(Database db, Visible visible, InvitationStore invitations) {
        this.db = db;
        this.invitations = invitations;
        this.own = new OwnInvitation(invitations, visible);
    }

    public InvitationView decline(int viewer, long invitationId) {
        return db.write(tx -> {
            InvitationView v = own.asTarget(tx.handle(), viewer, invitationId);
            invitations.decide(tx, invitationId, "declined");
            tx.emit(new social.rapport.relation.RelationEvents.InvitationClosed(
                    invitationId, v.sender().id(), v.target().id(), "declined"));
            return new InvitationView(
                    invitations.byId(tx.handle(), invitationId).orElseThrow(), v.sender(), v.target());
        });
    }
}
