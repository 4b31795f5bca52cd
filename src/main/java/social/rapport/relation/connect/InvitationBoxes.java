package social.rapport.relation.connect;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * The viewer's invitations: received (waiting), filtered by screening, or sent (not withdrawn) as
 * their sender may know them: one the invitee ignored or declined still looks waiting.
 */
public final class InvitationBoxes {
    private final Database db;
    private final Visible visible;
    private final InvitationStore invitations;

    private final ConnectionStore connections;

    public InvitationBoxes(Database db, Visible visible, InvitationStore invitations, ConnectionStore connections) {
        this.db = db;
        this.visible = visible;
        this.invitations = invitations;
        this.connections = connections;
    }

    public List<InvitationView> box(int viewer, String box) {
        return db.read(h -> {
            List<Invitation> found = switch (box == null ? "received" : box) {
                case "received" -> invitations.received(h, viewer, "pending");
                case "filtered" -> invitations.received(h, viewer, "filtered");
                case "sent" ->
                    invitations.sent(h, viewer).stream()
                            // Once connected (by their own invitation), an unanswered-looking one has no use.
                            .filter(i -> !i.answeredUnseen() || !connections.connected(h, viewer, i.targetId()))
                            .map(i -> i.seenBy(viewer))
                            .toList();
                default -> throw Problem.invalid("box", "box is one of received, sent, filtered");
            };
            return views(h, viewer, found);
        });
    }

    private List<InvitationView> views(Handle h, int viewer, List<Invitation> found) {
        AudiencePolicy policy = visible.policy();
        List<InvitationView> out = new ArrayList<>();
        for (Invitation i : found) {
            if (!policy.canSeeAccount(viewer, i.senderId()) || !policy.canSeeAccount(viewer, i.targetId())) continue;
            out.add(new InvitationView(
                    i, visible.account(h, viewer, i.senderId()), visible.account(h, viewer, i.targetId())));
        }
        return out;
    }
}
