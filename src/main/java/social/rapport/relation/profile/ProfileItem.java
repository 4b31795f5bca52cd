package social.rapport.relation.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.audience.Audience;

/**
 * The profile items that carry an audience: fields with a value, and lists whose audience decides
 * who may see them. Defaults protect: contact information and the connection list go to connections.
 */
public final class ProfileItem {
    private ProfileItem() {}

    public static final List<String> FIELDS =
            List.of("headline", "bio", "industry", "location", "website", "interests", "contact_email", "phone");
    public static final String CONNECTIONS_LIST = "connections_list";
    public static final String FOLLOWERS_LIST = "followers_list";
    public static final String FOLLOWING_LIST = "following_list";
    public static final String CLAIMS = "claims";
    public static final String RECOMMENDATIONS = "recommendations";
    public static final List<String> LISTS =
            List.of(CONNECTIONS_LIST, FOLLOWERS_LIST, FOLLOWING_LIST, CLAIMS, RECOMMENDATIONS);

    private static final Map<String, Audience> DEFAULTS = Map.of(
            "contact_email",
            Audience.CONNECTIONS,
            "phone",
            Audience.CONNECTIONS,
            CONNECTIONS_LIST,
            Audience.CONNECTIONS);

    /** The follow lists accept only these audiences, as the issue sets out. */
    public static final Set<Audience> FOLLOW_LIST_AUDIENCES =
            Set.of(Audience.PUBLIC, Audience.FOLLOWERS, Audience.CONNECTIONS, Audience.ONLY_ME);

    public static final int MAX_VALUE = 2000;

    public static boolean known(String name) {
        return FIELDS.contains(name) || LISTS.contains(name);
    }

    public static boolean isField(String name) {
        return FIELDS.contains(name);
    }

    public static Audience defaultAudience(String name) {
        return DEFAULTS.getOrDefault(name, Audience.PUBLIC);
    }
}
