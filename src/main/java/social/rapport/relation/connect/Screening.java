package social.rapport.relation.connect;

import java.util.List;
import java.util.Set;

/** An account's rules for invitations: who may invite at all, and what an invitation must show. */
public record Screening(String whoMayInvite, boolean requireNote, List<String> requireOneOf) {
    public static final Set<String> WHO = Set.of("anyone", "network", "knows_email", "nobody");
    public static final List<String> SIGNALS =
            List.of("mutual_connection", "group_in_common", "earlier_conversation", "shared_interest");
    public static final Screening DEFAULT = new Screening("anyone", false, List.of());

    public Screening {
        requireOneOf = List.copyOf(requireOneOf);
    }
}
