package social.rapport.status.poll;

import java.util.List;

/** A poll as stored: it belongs to the post `statusId` (also its id) by `accountId`. */
public record Poll(
        long statusId,
        int accountId,
        List<String> options,
        boolean multiple,
        boolean hideTotals,
        long expiresAt,
        boolean ended) {
    public boolean expired(long now) {
        return expiresAt <= now;
    }
}
