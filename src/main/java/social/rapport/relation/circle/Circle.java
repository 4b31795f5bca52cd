package social.rapport.relation.circle;

/** One of an owner's private labels for people. */
public record Circle(long id, int ownerId, String name) {}
