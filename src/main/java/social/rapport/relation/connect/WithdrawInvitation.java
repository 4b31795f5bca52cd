package social.rapport.relation.connect;

import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * The sender takes the invitation back, also one the invitee ignored or declined without the sender
 * knowing; they may not invite again for three weeks.
 */
public final class WithdrawInvitation {
    private final Database db;
    private final InvitationStore invitations;
    private final OwnInvitation own;

    public WithdrawInvitation(Database db, Visible visible, InvitationStore invitations) {
        this.db = db;
        this.invitations = invitations;
        this.own = new OwnInvitation(invitations, visible);
    }

    public InvitationView withdraw(int viewer, long invitationId) {
        return db.write(tx -> {
            InvitationView v = own.asSender(tx.handle(), viewer, invitationId);
            invitations.withdraw(tx, invitationId);
            tx.emit(new social.rapport.relation.RelationEvents.InvitationClosed(
                    invitationId, v.sender().id(), v.target().id(), "withdrawn"));
            return new InvitationView(
                    invitations.byId(tx.handle(), invitationId).orElseThrow(), v.sender(), v.target());
        });
    }
}
