package social.rapport.relation.claim;

/** A relationship claim one account makes about another; shown only once the other confirms it. */
public record Claim(long id, int authorId, int subjectId, String kind, String detail, String state, long createdAt) {}
