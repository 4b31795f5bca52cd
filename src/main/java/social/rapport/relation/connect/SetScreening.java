package social.rapport.relation.connect;

import java.util.ArrayList;
import java.util.List;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Reads and replaces the viewer's screening rules. */
public final class SetScreening {
    private final Database db;
    private final ScreeningStore rules;

    public SetScreening(Database db, ScreeningStore rules) {
        this.db = db;
        this.rules = rules;
    }

    public Screening current(int viewer) {
        return db.read(h -> rules.of(h, viewer));
    }

    /** Fields left out keep their current value. */
    public Screening set(int viewer, String whoMayInvite, Boolean requireNote, List<String> requireOneOf) {
        if (whoMayInvite != null && !Screening.WHO.contains(whoMayInvite)) {
            throw Problem.invalid("who_may_invite", "who_may_invite is one of anyone, network, knows_email, nobody");
        }
        if (requireOneOf != null) {
            for (String s : requireOneOf) {
                if (!Screening.SIGNALS.contains(s)) {
                    throw Problem.invalid(
                            "require_one_of",
                            "Unknown signal: " + s + " (one of " + String.join(", ", Screening.SIGNALS) + ")");
                }
            }
        }
        return db.write(tx -> {
            Screening now = rules.of(tx.handle(), viewer);
            List<String> signals = requireOneOf == null
                    ? now.requireOneOf()
                    : new ArrayList<>(new java.util.LinkedHashSet<>(requireOneOf));
            Screening next = new Screening(
                    whoMayInvite == null ? now.whoMayInvite() : whoMayInvite,
                    requireNote == null ? now.requireNote() : requireNote,
                    signals);
            rules.put(tx, viewer, next);
            return next;
        });
    }
}
