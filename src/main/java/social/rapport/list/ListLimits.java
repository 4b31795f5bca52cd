package social.rapport.list;

/** How many lists one person keeps, how many people one list holds, how long a title is. */
public record ListLimits(int lists, int members, int titleLength) {
    public static final ListLimits DEFAULTS = new ListLimits(50, 1000, 100);
}
