package social.rapport.relation.connect;

/** An invitation as stored. */
public record Invitation(long id, int senderId, int targetId, String note, String howWeMet, String state,
                         String screeningReason, long createdAt, Long decidedAt) {
    public boolean open() { return "pending".equals(state) || "filtered".equals(state); }
}
