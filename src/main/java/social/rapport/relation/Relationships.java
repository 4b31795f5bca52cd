package social.rapport.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.block.BlockStore;
import social.rapport.relation.connect.ConnectionList;
import social.rapport.relation.connect.Invitation;
import social.rapport.relation.connect.InvitationStore;
import social.rapport.relation.follow.FollowStore;
import social.rapport.relation.note.NoteStore;
import social.rapport.store.Database;

/**
 * The viewer's relationship with other accounts. Approved follows, connections, blocks, mutes and
 * degrees come from the graph; pending requests, invitations and blocks from the store. An account
 * the viewer may not see is left out, as Mastodon leaves out unknown ids.
 */
public final class Relationships {
    public static final int MAX_IDS = 100;
    private final Database db;
    private final SocialGraph graph;
    private final AudiencePolicy policy;
    private final MuteClock mutes;
    private final FollowStore follows;
    private final InvitationStore invitations;
    private final BlockStore blocks;
    private final ConnectionList connections;
    private final NoteStore notes;
    private final social.rapport.relation.endorse.EndorseStore endorsements;

    public Relationships(
            Database db,
            SocialGraph graph,
            AudiencePolicy policy,
            MuteClock mutes,
            FollowStore follows,
            InvitationStore invitations,
            BlockStore blocks,
            ConnectionList connections,
            NoteStore notes,
            social.rapport.relation.endorse.EndorseStore endorsements) {
        this.notes = notes;
        this.endorsements = endorsements;
        this.db = db;
        this.connections = connections;
        this.graph = graph;
        this.policy = policy;
        this.mutes = mutes;
        this.follows = follows;
        this.invitations = invitations;
        this.blocks = blocks;
    }

    public List<Relationship> of(int viewer, List<Integer> ids) {
        if (ids.size() > MAX_IDS) throw Problem.invalid("id", "At most " + MAX_IDS + " ids");
        return db.read(h -> {
            List<Relationship> out = new ArrayList<>();
            for (int id : ids) {
                boolean shown = id == viewer || policy.canFindToManage(viewer, id);
                if (shown && exists(h, id)) out.add(one(h, viewer, id));
            }
            return out;
        });
    }

    /** The relationship with one account, or 404 when the viewer may not see it. */
    public Relationship with(int viewer, int id) {
        List<Relationship> r = of(viewer, List.of(id));
        if (r.isEmpty()) throw Problem.notFound();
        return r.get(0);
    }

    private static boolean exists(Handle h, int id) {
        return h.createQuery("SELECT COUNT(*) FROM accounts WHERE id = :id")
                        .bind("id", id)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    private Relationship one(Handle h, int viewer, int id) {
        boolean muting = mutes.isMuted(viewer, id);
        Optional<Invitation> open = invitations.openBetween(h, viewer, id);
        int degree = graph.degree(viewer, id);
        // The same list the mutuals page shows, so the count never tells of a hidden connection.
        int mutuals = connections.mutualIds(h, viewer, id).length;
        return new Relationship(
                Integer.toString(id),
                graph.isFollowing(viewer, id),
                true,
                false,
                null,
                graph.isFollowing(id, viewer),
                blocks.blocks(h, viewer, id),
                false,
                muting,
                muting && blocks.mutesNotifications(h, viewer, id, db.clock().millis()),
                pending(h, viewer, id),
                pending(h, id, viewer),
                false,
                // An endorsement stands while the viewer follows the account.
                viewer != id && graph.isFollowing(viewer, id) && endorsements.endorses(h, viewer, id),
                // The viewer's own private note; nobody else's is ever read here.
                viewer == id ? "" : notes.of(h, viewer, id),
                graph.isConnected(viewer, id),
                open.map(i -> i.senderId() == viewer).orElse(false)
                        || !graph.isConnected(viewer, id)
                                && invitations.answeredUnseen(h, viewer, id).isPresent(),
                open.map(i -> i.targetId() == viewer).orElse(false),
                degree == SocialGraph.NO_DEGREE ? null : degree,
                mutuals);
    }

    private boolean pending(Handle h, int follower, int followed) {
        return follows.state(h, follower, followed)
                .map(FollowStore.PENDING::equals)
                .orElse(false);
    }
}
