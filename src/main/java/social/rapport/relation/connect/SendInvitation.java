package social.rapport.relation.connect;

import java.util.Set;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.relation.RateWindow;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.RelationLimits;
import social.rapport.relation.Visible;
import social.rapport.relation.follow.FollowStore;
import social.rapport.store.Database;
import social.rapport.store.StoreException;
import social.rapport.store.Tx;

/**
 * Invites an account to connect. Screening refuses it (with the rule's name) or files it without
 * telling the sender, limits
 * answer 429 with when they free up, and inviting someone whose invitation is waiting accepts theirs:
 * two people inviting each other at the same moment end up connected once.
 */
public final class SendInvitation {
    public static final Set<String> HOW_WE_MET = Set.of(
            "colleague", "classmate", "did_business", "met_in_person", "friend_or_family", "shared_interest", "other");
    private final Database db;
    private final Visible visible;
    private final InvitationStore invitations;
    private final ConnectionStore connections;
    private final ScreenInvitation screen;
    private final Connect connect;
    private final RelationLimits limits;

    public SendInvitation(
            Database db,
            Visible visible,
            InvitationStore invitations,
            ConnectionStore connections,
            FollowStore follows,
            ScreenInvitation screen,
            RelationLimits limits) {
        this.db = db;
        this.visible = visible;
        this.invitations = invitations;
        this.connections = connections;
        this.screen = screen;
        this.connect = new Connect(connections, follows, limits);
        this.limits = limits;
    }

    public record Request(int targetId, String note, String howWeMet, String email) {}

    public InvitationView send(int viewer, Request r) {
        try {
            return db.write(tx -> send(tx, viewer, r));
        } catch (StoreException.AlreadyExists e) {
            // The other side's invitation committed first: this time it is found and accepted.
            return db.write(tx -> send(tx, viewer, r));
        }
    }

    /**
     * Sends within a transaction the caller holds (to record an idempotency key with the invitation).
     * The caller retries once on {@link StoreException.AlreadyExists}, as {@link #send(int, Request)} does.
     */
    public InvitationView send(Tx tx, int viewer, Request r) {
        String note = r.note() == null ? "" : r.note().strip();
        Account target = visible.account(tx.handle(), viewer, r.targetId());
        Account sender = visible.account(tx.handle(), viewer, viewer);
        if (target.id() == viewer) throw Problem.invalid("account_id", "You cannot invite yourself");
        if (note.codePointCount(0, note.length()) > limits.noteLength()) {
            throw Problem.invalid("note", "A note is at most " + limits.noteLength() + " characters");
        }
        if (r.howWeMet() == null || !HOW_WE_MET.contains(r.howWeMet())) {
            throw Problem.invalid(
                    "how_we_met",
                    "Say how you know each other: one of "
                            + String.join(", ", HOW_WE_MET.stream().sorted().toList()));
        }
        if (connections.connected(tx.handle(), viewer, target.id())) {
            throw Problem.invalid("account_id", "You are already connected");
        }
        var open = invitations.openBetween(tx.handle(), viewer, target.id());
        if (open.isPresent()) {
            Invitation theirs = open.get();
            if (theirs.senderId() == viewer) throw Problem.invalid("account_id", "You already invited this account");
            connect.checkRoom(tx, viewer, target.id());
            invitations.decide(tx, theirs.id(), "accepted");
            connect.connect(tx, target.id(), viewer);
            return new InvitationView(invitations.byId(tx.handle(), theirs.id()).orElseThrow(), target, sender);
        }
        // Ignored or declined looks waiting to the sender: answered exactly like a pending one.
        if (invitations.answeredUnseen(tx.handle(), viewer, target.id()).isPresent()) {
            throw Problem.invalid("account_id", "You already invited this account");
        }
        invitations.lastClosed(tx.handle(), viewer, target.id()).ifPresent(at -> {
            long free = at + limits.reinviteCooldown().toMillis();
            if (free > tx.now()) {
                throw Problem.tooMany(
                        "You can invite this account again after three weeks", (free - tx.now() + 999) / 1000);
            }
        });
        boolean firstWeek = tx.now() - sender.createdAt() < RelationLimits.WEEK;
        int weekly = firstWeek ? limits.invitationsFirstWeek() : limits.invitationsPerWeek();
        RateWindow.check(
                tx.handle(),
                InvitationStore.SENT_TIMES,
                viewer,
                tx.now(),
                RelationLimits.WEEK,
                weekly,
                "You can send " + weekly + " invitations a week");
        if (invitations.openSentCount(tx.handle(), viewer) >= limits.pendingInvitations()) {
            throw Problem.tooMany(
                    limits.pendingInvitations() + " of your invitations are waiting for an answer;"
                            + " this frees up as they are answered or withdrawn",
                    RelationLimits.DAY / 1000);
        }
        connect.checkRoom(tx, viewer, target.id());
        String reason = screen.screen(tx, sender, target, r.email(), note);
        String state = reason == null ? "pending" : "filtered";
        long id = invitations.insert(tx, viewer, target.id(), note, r.howWeMet(), state, reason);
        if (reason == null) tx.emit(new RelationEvents.InvitationReceived(id, viewer, target.id()));
        // The sender sees it as they may know it: a filtered invitation looks exactly like a pending one.
        return new InvitationView(
                invitations.byId(tx.handle(), id).orElseThrow().seenBy(viewer), sender, target);
    }

    /**
     * An invitation exactly as its first answer showed it to the viewer (so a filtered one stays
     * pending), with both accounts as the viewer may see them now: a side hidden since is answered
     * like a missing invitation.
     */
    public InvitationView again(int viewer, Invitation first) {
        Invitation seen = first.seenBy(viewer);
        return db.read(h -> new InvitationView(
                seen, visible.account(h, viewer, seen.senderId()), visible.account(h, viewer, seen.targetId())));
    }
}
