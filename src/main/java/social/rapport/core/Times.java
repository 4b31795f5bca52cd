package social.rapport.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the Mastodon API writes them: ISO-8601 in UTC with milliseconds. */
public final class Times {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    public static String iso(Instant t) {
        return t == null ? null : ISO.format(t);
    }

    public static String iso(long epochMillis) {
        return iso(Instant.ofEpochMilli(epochMillis));
    }

    /** The date only, as Mastodon's account `created_at` at midnight UTC. */
    public static String day(long epochMillis) {
        return iso(Instant.ofEpochMilli(epochMillis - Math.floorMod(epochMillis, 86_400_000L)));
    }

    /** The UTC date alone, YYYY-MM-DD, as Mastodon gives last_status_at. */
    public static String date(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis)
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalDate()
                .toString();
    }
}
