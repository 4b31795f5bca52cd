package social.rapport.list;

/** Mastodon's List entity. */
public record ListEntity(String id, String title, String repliesPolicy, boolean exclusive) {
    public static ListEntity of(PeopleList l) {
        return new ListEntity(
                Long.toString(l.id()), l.title(), l.repliesPolicy().wire(), l.exclusive());
    }
}
