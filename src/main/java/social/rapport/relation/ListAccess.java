package social.rapport.relation;

import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.relation.profile.ProfileStore;

/** Asks the audience policy whether the viewer may see one of the owner's lists, under its stored audience. */
public final class ListAccess {
    private final AudiencePolicy policy;
    private final ProfileStore profiles;

    public ListAccess(AudiencePolicy policy, ProfileStore profiles) {
        this.policy = policy;
        this.profiles = profiles;
    }

    public boolean canSee(Handle h, int viewer, int owner, String item) {
        return policy.canSee(viewer, owner, profiles.audience(h, owner, item), Set.of());
    }
}
