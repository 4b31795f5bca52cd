package social.rapport.status.poll;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.core.Problem;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.store.Database;

/**
 * Polls on posts: shown and voted on only by someone who may see the post (through
 * {@link StatusAccess}, so anything else is 404 like a missing poll), and announced once when they
 * end. A poll's id is its post's id.
 */
public final class Polls {
    private static final int BATCH = 100;
    private final Database db;
    private final StatusAccess access;
    private final PollStore store = new PollStore();

    public Polls(Database db, StatusAccess access) {
        this.db = db;
        this.access = access;
    }

    public PollStore store() {
        return store;
    }

    /** The poll of a post the viewer may see; 404 otherwise. */
    public PollEntity show(int viewer, long id) {
        return db.read(h -> {
            Poll p = visiblePoll(h, viewer, id);
            return render(h, viewer, List.of(p)).get(p.statusId());
        });
    }

    /**
     * Votes once, for the options at the indexes given: 404 when the viewer may not see the post,
     * 422 for one's own poll, an ended one, bad choices or a second vote.
     */
    public PollEntity vote(int voter, long id, List<String> rawChoices) {
        db.writeVoid(tx -> {
            Poll p = visiblePoll(tx.handle(), voter, id);
            if (p.accountId() == voter)
                throw Problem.unprocessable("Validation failed: You cannot vote in your own poll");
            if (p.expired(tx.now())) throw Problem.unprocessable("Validation failed: The poll has already ended");
            List<Integer> choices = choices(p, rawChoices);
            if (!store.addVoter(tx, id, voter)) {
                throw Problem.unprocessable("Validation failed: You have already voted on this poll");
            }
            for (int c : choices) store.addChoice(tx, id, voter, c);
        });
        return show(voter, id);
    }

    /** The polls of posts the viewer was let see, rendered as the viewer sees them now, by post id. */
    public Map<Long, PollEntity> forVisiblePosts(Handle h, int viewer, Collection<Long> visibleIds) {
        return render(h, viewer, store.byIds(h, visibleIds).values());
    }

    private Map<Long, PollEntity> render(Handle h, int viewer, Collection<Poll> polls) {
        Map<Long, PollStore.Tally> tallies = store.tallies(h, polls, viewer);
        long now = db.clock().millis();
        Map<Long, PollEntity> out = new java.util.HashMap<>();
        for (Poll p : polls) out.put(p.statusId(), PollEntity.of(p, tallies.get(p.statusId()), viewer, now));
        return out;
    }

    private Poll visiblePoll(Handle h, int viewer, long id) {
        Status s = access.visibleOrNotFound(h, viewer, id);
        if (s.isReblog()) throw Problem.notFound();
        return store.byId(h, s.id()).orElseThrow(Problem::notFound);
    }

    private static List<Integer> choices(Poll p, List<String> raw) {
        if (raw.isEmpty()) throw Problem.invalid("choices", "choices[] is missing");
        Set<Integer> seen = new HashSet<>();
        List<Integer> out = new ArrayList<>();
        for (String r : raw) {
            int c;
            try {
                c = Integer.parseInt(r.trim());
            } catch (NumberFormatException e) {
                throw Problem.invalid("choices", "A choice is the index of an option");
            }
            if (c < 0 || c >= p.options().size()) throw Problem.invalid("choices", "No such option: " + r);
            if (!seen.add(c)) throw Problem.invalid("choices", "An option is chosen once");
            out.add(c);
        }
        if (out.size() > 1 && !p.multiple()) throw Problem.invalid("choices", "This poll takes one choice");
        return out;
    }

    /** Claims each ended poll not yet announced and announces it (once, whichever server gets there first). */
    public int closeDue() {
        int closed = 0;
        while (true) {
            long now = db.clock().millis();
            List<Long> due = db.read(h -> store.due(h, now, BATCH));
            for (long id : due) {
                boolean mine = db.write(tx -> {
                    if (!store.claimEnded(tx, id)) return false;
                    Poll p = store.byId(tx.handle(), id).orElseThrow();
                    tx.emit(new PollEvents.Ended(id, p.accountId()));
                    return true;
                });
                if (mine) closed++;
            }
            if (due.size() < BATCH) return closed;
        }
    }
}
