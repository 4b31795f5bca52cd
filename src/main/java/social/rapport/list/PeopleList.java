package social.rapport.list;

/** One of a person's lists: a private selection of people they follow, read as a timeline. */
public record PeopleList(long id, int ownerId, String title, RepliesPolicy repliesPolicy, boolean exclusive) {}
