package social.rapport.status.poll;

import java.util.ArrayList;
import java.util.List;
import social.rapport.core.Times;

/**
 * Mastodon's Poll entity. An option's `votes_count` is null while the totals are hidden (a poll with
 * `hide_totals` the viewer has not voted in, until it ends); `voters_count` is null for a
 * single-choice poll, as Mastodon; `voted` and `own_votes` are null for a signed-out viewer.
 */
public record PollEntity(
        String id,
        String expiresAt,
        boolean expired,
        boolean multiple,
        int votesCount,
        Integer votersCount,
        List<Option> options,
        List<Object> emojis,
        Boolean voted,
        List<Integer> ownVotes) {

    public record Option(String title, Integer votesCount) {}

    /** The poll as `viewer` (0 when signed out) sees it at `now`. */
    public static PollEntity of(Poll p, PollStore.Tally t, int viewer, long now) {
        boolean expired = p.expired(now);
        boolean shown = !p.hideTotals() || expired || t.voted();
        int total = 0;
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < p.options().size(); i++) {
            total += t.counts()[i];
            options.add(new Option(p.options().get(i), shown ? t.counts()[i] : null));
        }
        boolean signedIn = viewer > 0;
        return new PollEntity(
                Long.toString(p.statusId()),
                Times.iso(p.expiresAt()),
                expired,
                p.multiple(),
                total,
                p.multiple() ? t.voters() : null,
                options,
                List.of(),
                signedIn ? t.voted() : null,
                signedIn ? t.own() : null);
    }
}
