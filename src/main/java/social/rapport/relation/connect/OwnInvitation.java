package social.rapport.relation.connect;

import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.relation.Visible;

/**
 * Finds an invitation for the one allowed to act on it: the invitee for accept, decline and ignore,
 * the sender for withdraw (as the sender sees it: ignored or declined still looks waiting). Anyone else, or an invitation whose other side is not visible, gets a 404;
 * one already answered or withdrawn gets a 422 saying so.
 */
final class OwnInvitation {
    private final InvitationStore invitations;
    private final Visible visible;

    OwnInvitation(InvitationStore invitations, Visible visible) {
        this.invitations = invitations;
        this.visible = visible;
    }

    InvitationView asTarget(Handle h, int viewer, long id) {
        Invitation i =
                invitations.byId(h, id).filter(x -> x.targetId() == viewer).orElseThrow(Problem::notFound);
        return view(h, viewer, i);
    }

    /** For the sender an ignored or declined invitation is still waiting, so they may withdraw it. */
    InvitationView asSender(Handle h, int viewer, long id) {
        Invitation i =
                invitations.byId(h, id).filter(x -> x.senderId() == viewer).orElseThrow(Problem::notFound);
        return view(h, viewer, i.seenBy(viewer));
    }

    private InvitationView view(Handle h, int viewer, Invitation i) {
        Account sender = visible.account(h, viewer, i.senderId());
        Account target = visible.account(h, viewer, i.targetId());
        if (!i.open()) throw Problem.invalid("id", "This invitation was already " + i.state());
        return new InvitationView(i, sender, target);
    }
}
