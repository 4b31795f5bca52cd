package social.rapport.relation.circle;

import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.core.Problem;
import social.rapport.store.Tx;

/**
 * The rules every circle use case shares: a circle is found only by its owner (anyone else gets a
 * 404), names are 1–100 characters and unique per owner, and the starting circles exist.
 */
final class OwnCircles {
    static final int MAX_NAME = 100;
    static final int MAX_IDS = 100;
    private final CircleStore circles;

    OwnCircles(CircleStore circles) {
        this.circles = circles;
    }

    Circle find(Handle h, int owner, long id) {
        return circles.byId(h, id).filter(c -> c.ownerId() == owner).orElseThrow(Problem::notFound);
    }

    String checkName(Handle h, int owner, String name, long except) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw Problem.invalid("name", "A circle needs a name");
        if (n.codePointCount(0, n.length()) > MAX_NAME) {
            throw Problem.invalid("name", "A circle name is at most " + MAX_NAME + " characters");
        }
        boolean taken = circles.of(h, owner).stream()
                .anyMatch(c -> c.id() != except && c.name().equalsIgnoreCase(n));
        if (taken) throw Problem.invalid("name", "You already have a circle named " + n);
        return n;
    }

    static void checkIds(List<Integer> ids) {
        if (ids.isEmpty()) throw Problem.invalid("account_ids", "Name at least one account");
        if (ids.size() > MAX_IDS) throw Problem.invalid("account_ids", "At most " + MAX_IDS + " accounts at once");
    }

    /** Makes Business, Personal and Family the first time an account's circles are needed. */
    void ensureDefaults(Tx tx, int owner) {
        if (!circles.markDefaults(tx, owner)) return;
        List<String> have =
                circles.of(tx.handle(), owner).stream().map(Circle::name).toList();
        for (String n : CircleStore.DEFAULTS) if (!have.contains(n)) circles.insert(tx, owner, n);
    }
}
