package social.rapport.account;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import social.rapport.core.CustomEmoji;
import social.rapport.core.Times;

/**
 * Mastodon's Account entity. Counts are given by the caller, already limited to what the viewer may
 * see (a hidden follower list shows 0, as Mastodon does with hide_collections).
 */
public record AccountEntity(
        String id,
        String username,
        String acct,
        String displayName,
        boolean locked,
        boolean bot,
        boolean discoverable,
        boolean group,
        String createdAt,
        String note,
        String url,
        String uri,
        String avatar,
        String avatarStatic,
        String header,
        String headerStatic,
        int followersCount,
        int followingCount,
        int statusesCount,
        String lastStatusAt,
        List<Field> fields,
        List<CustomEmoji> emojis,
        boolean indexable,
        boolean noindex) {

    public record Field(String name, String value, String verifiedAt) {}

    /** `lastStatusAt` is the day (YYYY-MM-DD) of the newest post the viewer may see, or null. */
    public record Counts(int followers, int following, int statuses, String lastStatusAt) {
        public static final Counts NONE = new Counts(0, 0, 0, null);

        public Counts(int followers, int following, int statuses) {
            this(followers, following, statuses, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static AccountEntity of(Account a, String baseUrl, Counts counts) {
        String url = baseUrl + "/@" + a.handle();
        long now = System.currentTimeMillis();
        String avatar = ProfileImages.avatar(a, baseUrl, now);
        String header = ProfileImages.header(a, baseUrl, now);
        return new AccountEntity(
                Integer.toString(a.id()),
                a.handle(),
                a.handle(),
                a.displayName(),
                a.locked(),
                false,
                a.discoverable(),
                false,
                Times.day(a.createdAt()),
                NoteHtml.render(a.note()),
                url,
                baseUrl + "/users/" + a.handle(),
                avatar,
                avatar,
                header,
                header,
                counts.followers(),
                counts.following(),
                counts.statuses(),
                counts.lastStatusAt(),
                fields(a.fields()),
                List.copyOf(a.emojis()),
                a.indexable(),
                !a.indexable());
    }

    /**
     * The address of a person's avatar, under `baseUrl` ("" gives the path the pages use): the API's
     * entity and the pages' faces both ask here, so they always show the same picture.
     */
    public static String avatar(Account a, String baseUrl) {
        return ProfileImages.avatar(a, baseUrl, System.currentTimeMillis());
    }

    /** The address of a person's profile header, under `baseUrl`, as {@link #avatar} does. */
    public static String header(Account a, String baseUrl) {
        return ProfileImages.header(a, baseUrl, System.currentTimeMillis());
    }

    public static List<Field> fields(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            List<Map<String, String>> raw = JSON.readValue(json, new TypeReference<>() {});
            return raw.stream()
                    .map(m -> new Field(m.getOrDefault("name", ""), NoteHtml.escape(m.getOrDefault("value", "")), null))
                    .toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
