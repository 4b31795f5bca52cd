package social.rapport.relation;

import social.rapport.store.Event;

/**
 * What changes between accounts. Written to the outbox with the change; the graph, notifications
 * and streaming react to them only after the commit.
 */
public final class RelationEvents {
    private RelationEvents() {}

    /** An approved follow now exists (directly, by approval, or by accepting an invitation). */
    public record Followed(int follower, int followed) implements Event {
        public String topic() {
            return "follow.created";
        }
    }

    /** A locked account has a new request waiting for its approval. */
    public record FollowRequested(int follower, int followed) implements Event {
        public String topic() {
            return "follow.requested";
        }
    }

    /** A follow or a pending request is gone (unfollowed, rejected, removed, or ended by a block). */
    public record Unfollowed(int follower, int followed) implements Event {
        public String topic() {
            return "follow.removed";
        }
    }

    public record Connected(int a, int b) implements Event {
        public String topic() {
            return "connection.created";
        }
    }

    public record Disconnected(int a, int b) implements Event {
        public String topic() {
            return "connection.removed";
        }
    }

    /** An invitation that passed screening; a filtered one emits nothing, so nobody is notified. */
    public record InvitationReceived(long invitationId, int sender, int target) implements Event {
        public String topic() {
            return "invitation.received";
        }
    }

    /** The target accepted: the sender learns it (the connection itself is {@link Connected}). */
    public record InvitationAccepted(long invitationId, int sender, int target) implements Event {
        public String topic() {
            return "invitation.accepted";
        }
    }

    /** The invitation ended without a connection (withdrawn, declined or ignored): its notice goes. */
    public record InvitationClosed(long invitationId, int sender, int target, String state) implements Event {
        public String topic() {
            return "invitation.closed";
        }
    }

    /** Someone claims a relationship with the subject, who is asked to confirm it. */
    public record ClaimMade(long claimId, int claimant, int subject) implements Event {
        public String topic() {
            return "claim.made";
        }
    }

    /** A connection wrote a recommendation (or revised one) that waits for the subject's answer. */
    public record RecommendationWritten(long recommendationId, int author, int subject) implements Event {
        public String topic() {
            return "recommendation.written";
        }
    }

    public record Blocked(int blocker, int blocked) implements Event {
        public String topic() {
            return "block.created";
        }
    }

    public record Unblocked(int blocker, int blocked) implements Event {
        public String topic() {
            return "block.removed";
        }
    }

    /** expiresAt is epoch ms, or 0 for a mute without end. */
    public record Muted(int muter, int muted, boolean notifications, long expiresAt) implements Event {
        public String topic() {
            return "mute.created";
        }
    }

    public record Unmuted(int muter, int muted) implements Event {
        public String topic() {
            return "mute.removed";
        }
    }

    public record CircleMemberAdded(int owner, long circleId, int member) implements Event {
        public String topic() {
            return "circle.member_added";
        }
    }

    public record CircleMemberRemoved(int owner, long circleId, int member) implements Event {
        public String topic() {
            return "circle.member_removed";
        }
    }

    public record CircleDeleted(int owner, long circleId) implements Event {
        public String topic() {
            return "circle.deleted";
        }
    }

    /** An account earned a moderator's attention (three declined claims in 30 days). */
    public record AccountFlagged(int accountId, String reason) implements Event {
        public String topic() {
            return "account.flagged";
        }
    }
}
