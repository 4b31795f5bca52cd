package social.rapport.relation.connect;

/** An invitation as stored. */
public record Invitation(
        long id,
        int senderId,
        int targetId,
        String note,
        String howWeMet,
        String state,
        String screeningReason,
        long createdAt,
        Long decidedAt) {
    public boolean open() {
        return "pending".equals(state) || "filtered".equals(state);
    }

    /** Ignored or declined: the invitee answered, and the sender is never told. */
    public boolean answeredUnseen() {
        return "ignored".equals(state) || "declined".equals(state);
    }

    /**
     * The invitation as the viewer may know it. To its sender a filtered, ignored or declined
     * invitation is still pending, and no screening reason is ever shown: screening may turn on what
     * the sender may not see (the invitee's email address, hidden fields, hidden lists), and saying no
     * never tells on the invitee.
     */
    public Invitation seenBy(int viewer) {
        if (viewer != senderId) return this;
        boolean waiting = answeredUnseen() || "filtered".equals(state);
        return new Invitation(
                id,
                senderId,
                targetId,
                note,
                howWeMet,
                waiting ? "pending" : state,
                null,
                createdAt,
                waiting ? null : decidedAt);
    }
}
