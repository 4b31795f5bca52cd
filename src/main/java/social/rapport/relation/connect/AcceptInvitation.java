package social.rapport.relation.connect;

import social.rapport.relation.RelationLimits;
import social.rapport.relation.Visible;
import social.rapport.relation.follow.FollowStore;
import social.rapport.store.Database;

/** The invitee accepts: both are connected and each follows the other. */
public final class AcceptInvitation {
    private final Database db;
    private final InvitationStore invitations;
    private final OwnInvitation own;
    private final Connect connect;

    public AcceptInvitation(
            Database db,
            Visible visible,
            InvitationStore invitations,
            ConnectionStore connections,
            FollowStore follows,
            RelationLimits limits) {
        this.db = db;
        this.invitations = invitations;
        this.own = new OwnInvitation(invitations, visible);
        this.connect = new Connect(connections, follows, limits);
    }

    public InvitationView accept(int viewer, long invitationId) {
        return db.write(tx -> {
            InvitationView v = own.asTarget(tx.handle(), viewer, invitationId);
            connect.checkRoom(tx, v.sender().id(), viewer);
            connect.connect(tx, v.sender().id(), viewer);
            invitations.decide(tx, invitationId, "accepted");
            tx.emit(new social.rapport.relation.RelationEvents.InvitationAccepted(
                    invitationId, v.sender().id(), viewer));
            return new InvitationView(
                    invitations.byId(tx.handle(), invitationId).orElseThrow(), v.sender(), v.target());
        });
    }
}
