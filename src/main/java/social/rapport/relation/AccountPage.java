package social.rapport.relation;

import java.util.Arrays;

/**
 * A page of an account list, highest id first, with Mastodon's max_id / since_id / min_id
 * bounds over account ids.
 */
public record AccountPage(int limit, int maxId, int sinceId, int minId) {
    public static final int DEFAULT_LIMIT = 40;
    public static final int MAX_LIMIT = 80;

    public static AccountPage of(Integer limit, String maxId, String sinceId, String minId) {
        int l = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        return new AccountPage(l, bound(maxId), bound(sinceId), bound(minId));
    }

    public static AccountPage first(int limit) {
        return new AccountPage(limit, 0, 0, 0);
    }

    private static int bound(String s) {
        long v = social.rapport.core.Ids.parse(s);
        return v <= 0 || v > Integer.MAX_VALUE ? 0 : (int) v;
    }

    /** From ids sorted ascending, the page: highest first (lowest first above min_id, returned highest first). */
    public int[] slice(int[] sortedAsc) {
        int lower = Math.max(sinceId, minId);
        int[] kept = Arrays.stream(sortedAsc)
                .filter(id -> id > lower && (maxId == 0 || id < maxId))
                .toArray();
        int n = Math.min(limit, kept.length);
        int[] out = new int[n];
        if (minId > 0) {
            for (int i = 0; i < n; i++) out[i] = kept[n - 1 - i];
        } else {
            for (int i = 0; i < n; i++) out[i] = kept[kept.length - 1 - i];
        }
        return out;
    }
}
