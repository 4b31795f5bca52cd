package social.rapport.relation.connect;

/** An invitation as stored. */
public record Invitation(long id, int senderId, int targetId, String note, String howWeMet, String state,
                         String screeningReason, long createdAt, Long decidedAt) {
    public boolean open() { return "pending".equals(state) || "filtered".equals(state); }

    /** Ignored or declined: the invitee answered, and the sender is never told. */
    public boolean answeredUnseen() { return "ignored".equals(state) || "declined".equals(state); }

    /**
     * The invitation as the viewer may know it: to its sender an ignored or declined invitation is
     * still waiting as it was sent (pending, or filtered by screening), so saying no never tells on the invitee.
     */
    public Invitation seenBy(int viewer) {
        if (viewer != senderId || !answeredUnseen()) return this;
        String before = screeningReason == null ? "pending" : "filtered";
        return new Invitation(id, senderId, targetId, note, howWeMet, before, screeningReason, createdAt, null);
    }
}
