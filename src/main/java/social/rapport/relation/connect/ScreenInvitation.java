package social.rapport.relation.connect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.RateWindow;
import social.rapport.relation.RelationLimits;
import social.rapport.relation.profile.ProfileStore;
import social.rapport.store.Tx;

/**
 * Applies the invitee's screening rules to an invitation before they see it. A rule whose input the
 * sender can tell for themselves (nobody may invite; the network distance, shown to them as a badge;
 * whether they gave an email address at all) refuses openly, naming the rule. A rule that turns on
 * something the sender may not see (the invitee's email address, hidden profile fields, hidden lists)
 * never refuses: the invitation is filed in the invitee's filtered folder with the reason, and to
 * its sender it looks exactly like a pending one ({@link Invitation#seenBy}). Email guesses are
 * counted, right or wrong alike, and limited per sender and per invitee.
 */
public final class ScreenInvitation {
    private final SocialGraph graph;
    private final ScreeningStore rules;
    private final ProfileStore profiles;
    private final SharedContext shared;
    private final RelationLimits limits;

    public ScreenInvitation(
            SocialGraph graph,
            ScreeningStore rules,
            ProfileStore profiles,
            SharedContext shared,
            RelationLimits limits) {
        this.graph = graph;
        this.rules = rules;
        this.profiles = profiles;
        this.shared = shared;
        this.limits = limits;
    }

    static final String GUESSES_BY_SENDER =
            "SELECT created_at AS t FROM email_guesses WHERE sender_id = :account AND created_at > :since";
    static final String GUESSES_AT_INVITEE =
            "SELECT created_at AS t FROM email_guesses WHERE target_id = :account AND created_at > :since";

    /**
     * Throws a 422 naming the rule when the invitee accepts no invitation from the sender, for what
     * the sender can tell; otherwise answers null when the invitation may go to the invitee's inbox,
     * or why it is filtered.
     */
    public String screen(Tx tx, Account sender, Account target, String email, String note) {
        Screening s = refuseOrRules(tx, sender, target, email);
        List<String> missing = new ArrayList<>();
        if ("knows_email".equals(s.whoMayInvite()) && !email.strip().equalsIgnoreCase(target.email())) {
            missing.add("who_may_invite: knows_email: the email address given is not yours");
        }
        String rest = filterReason(tx.handle(), s, sender.id(), target.id(), note);
        if (rest != null) missing.add(rest);
        return missing.isEmpty() ? null : String.join("; ", missing);
    }

    private Screening refuseOrRules(Tx tx, Account sender, Account target, String email) {
        Handle h = tx.handle();
        Screening s = rules.of(h, target.id());
        String name = target.shownName();
        switch (s.whoMayInvite()) {
            case "nobody" ->
                throw Problem.unprocessable(name + " does not accept invitations (who_may_invite: nobody)");
            case "network" -> {
                int d = graph.degree(target.id(), sender.id());
                if (d != 1 && d != 2) {
                    throw Problem.unprocessable(name + " accepts invitations only from people in their network"
                            + " (who_may_invite: network)");
                }
            }
            case "knows_email" -> {
                if (email == null || email.isBlank()) {
                    throw Problem.unprocessable(name + " accepts invitations only from people who know their email"
                            + " address (who_may_invite: knows_email)");
                }
                // Counted before it is compared, so that the limits answer alike for a right and a wrong guess.
                RateWindow.check(
                        h,
                        GUESSES_BY_SENDER,
                        sender.id(),
                        tx.now(),
                        RelationLimits.DAY,
                        limits.emailGuessesPerDay(),
                        "You can invite " + limits.emailGuessesPerDay() + " people by email address a day");
                RateWindow.check(
                        h,
                        GUESSES_AT_INVITEE,
                        target.id(),
                        tx.now(),
                        RelationLimits.DAY,
                        limits.emailGuessesPerInviteeDay(),
                        name + " has had too many invitations by email address" + " today");
                h.createUpdate("INSERT INTO email_guesses (sender_id, target_id, created_at) VALUES (:s, :t, :c)")
                        .bind("s", sender.id())
                        .bind("t", target.id())
                        .bind("c", tx.now())
                        .execute();
            }
            default -> {}
        }
        return s;
    }

    /** Null when the invitation may go to the invitee's inbox; otherwise why it is filtered. */
    private String filterReason(Handle h, Screening s, int sender, int target, String note) {
        List<String> missing = new ArrayList<>();
        if (s.requireNote() && note.isBlank()) missing.add("require_note: the invitation has no note");
        if (!s.requireOneOf().isEmpty() && s.requireOneOf().stream().noneMatch(sig -> shows(h, sig, sender, target))) {
            missing.add("require_one_of: none of " + String.join(", ", s.requireOneOf()));
        }
        return missing.isEmpty() ? null : String.join("; ", missing);
    }

    private boolean shows(Handle h, String signal, int sender, int target) {
        return switch (signal) {
            case "mutual_connection" -> graph.mutualConnections(sender, target).length > 0;
            case "group_in_common" -> shared.groupInCommon(sender, target);
            case "earlier_conversation" -> shared.earlierConversation(sender, target);
            case "shared_interest" -> sharesInterest(h, sender, target);
            default -> false;
        };
    }

    /** Interests are written as a comma-separated list; any one in common counts. */
    private boolean sharesInterest(Handle h, int a, int b) {
        Set<String> mine = interests(h, a);
        return interests(h, b).stream().anyMatch(mine::contains);
    }

    private Set<String> interests(Handle h, int account) {
        String text = profiles.items(h, account).get("interests").value();
        return Arrays.stream(text.split(","))
                .map(s -> s.strip().toLowerCase())
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
