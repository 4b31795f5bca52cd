package social.rapport.tag;

import java.util.List;

/**
 * Mastodon's Tag: `history` holds the last seven days, today first, counting only public posts the
 * viewer may see; `following` and `featuring` are said to a signed-in viewer only (null otherwise).
 */
public record TagEntity(String id, String name, String url, List<Day> history, Boolean following, Boolean featuring) {
    /** One day: its midnight (UTC) as a UNIX time string, the posts that used the tag, and their authors. */
    public record Day(String day, String uses, String accounts) {}
}
