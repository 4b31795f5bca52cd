package social.rapport.relation.follow;

import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.relation.RateWindow;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.RelationLimits;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * Follows an account. A locked account gets a request that waits for its approval; an open one is
 * followed at once. Following twice is refused; so is a follow beyond the daily limit.
 */
public final class FollowAccount {
    private final Database db;
    private final Visible visible;
    private final FollowStore follows;
    private final RelationLimits limits;
    private final Relationships relationships;

    public FollowAccount(
            Database db, Visible visible, FollowStore follows, RelationLimits limits, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.follows = follows;
        this.limits = limits;
        this.relationships = relationships;
    }

    public Relationship follow(int viewer, int targetId, String note) {
        String text = note == null ? "" : note.strip();
        db.writeVoid(tx -> {
            Account target = visible.account(tx.handle(), viewer, targetId);
            if (target.id() == viewer) throw Problem.invalid("id", "You cannot follow yourself");
            if (text.codePointCount(0, text.length()) > limits.noteLength()) {
                throw Problem.invalid("note", "A note is at most " + limits.noteLength() + " characters");
            }
            follows.state(tx.handle(), viewer, targetId).ifPresent(s -> {
                throw Problem.invalid(
                        "id",
                        FollowStore.PENDING.equals(s)
                                ? "You already asked to follow this account"
                                : "You already follow this account");
            });
            RateWindow.check(
                    tx.handle(),
                    FollowStore.LOG_TIMES,
                    viewer,
                    tx.now(),
                    RelationLimits.DAY,
                    limits.followsPerDay(),
                    "You can follow " + limits.followsPerDay() + " accounts a day");
            String state = target.locked() ? FollowStore.PENDING : FollowStore.APPROVED;
            follows.insert(tx, viewer, targetId, state, text);
            follows.log(tx, viewer);
            tx.emit(
                    target.locked()
                            ? new RelationEvents.FollowRequested(viewer, targetId)
                            : new RelationEvents.Followed(viewer, targetId));
        });
        return relationships.with(viewer, targetId);
    }
}
