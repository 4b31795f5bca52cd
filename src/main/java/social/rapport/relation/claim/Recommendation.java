package social.rapport.relation.claim;

/** What a connection writes about someone; shown only once the subject accepts it. */
public record Recommendation(long id, int authorId, int subjectId, String text, String state, long createdAt) {}
