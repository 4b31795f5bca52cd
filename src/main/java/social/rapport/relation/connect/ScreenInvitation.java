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
import social.rapport.relation.profile.ProfileStore;

/**
 * Applies the invitee's screening rules to an invitation before they see it: the first rule refuses
 * with a reason naming it; the second files the invitation in the filtered folder, with the reason.
 */
public final class ScreenInvitation {
    private final SocialGraph graph;
    private final ScreeningStore rules;
    private final ProfileStore profiles;
    private final SharedContext shared;

    public ScreenInvitation(SocialGraph graph, ScreeningStore rules, ProfileStore profiles, SharedContext shared) {
        this.graph = graph;
        this.rules = rules;
        this.profiles = profiles;
        this.shared = shared;
    }

    /** Throws a 422 naming the rule when the invitee accepts no invitation from the sender. */
    public Screening refuseOrRules(Handle h, Account sender, Account target, String email) {
        Screening s = rules.of(h, target.id());
        String name = target.shownName();
        switch (s.whoMayInvite()) {
            case "nobody" -> throw Problem.unprocessable(name + " does not accept invitations (who_may_invite: nobody)");
            case "network" -> {
                int d = graph.degree(target.id(), sender.id());
                if (d != 1 && d != 2) {
                    throw Problem.unprocessable(name + " accepts invitations only from people in their network"
                            + " (who_may_invite: network)");
                }
            }
            case "knows_email" -> {
                if (email == null || !email.strip().equalsIgnoreCase(target.email())) {
                    throw Problem.unprocessable(name + " accepts invitations only from people who know their email"
                            + " address (who_may_invite: knows_email)");
                }
            }
            default -> { }
        }
        return s;
    }

    /** Null when the invitation may go to the invitee's inbox; otherwise why it is filtered. */
    public String filterReason(Handle h, Screening s, int sender, int target, String note) {
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
        return Arrays.stream(text.split(",")).map(s -> s.strip().toLowerCase()).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
