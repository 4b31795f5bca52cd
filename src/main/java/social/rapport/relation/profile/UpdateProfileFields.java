package social.rapport.relation.profile;

import java.util.List;
import java.util.Map;
import social.rapport.audience.Audience;
import social.rapport.core.Problem;
import social.rapport.relation.circle.CircleStore;
import social.rapport.store.Database;

/**
 * Sets profile field values and item audiences. Every change is checked before any is written, and
 * nothing here touches whether the account is locked.
 */
public final class UpdateProfileFields {
    private final Database db;
    private final ProfileStore profiles;
    private final CircleStore circles;
    private final ViewProfile view;

    public UpdateProfileFields(Database db, ProfileStore profiles, CircleStore circles, ViewProfile view) {
        this.db = db;
        this.profiles = profiles;
        this.circles = circles;
        this.view = view;
    }

    /** A change to one item: a new value (fields only) and/or a new audience; null leaves it. */
    public record Change(String value, List<String> audience, List<String> audienceExcept) {}

    /** Answers the owner's profile as it now stands. */
    public Profile update(int owner, Map<String, Change> changes) {
        for (String name : changes.keySet()) {
            if (!ProfileItem.known(name)) throw Problem.invalid(name, "Unknown profile item: " + name);
            Change c = changes.get(name);
            if (c.value() != null && !ProfileItem.isField(name)) {
                throw Problem.invalid(name, name + " is a list and takes only an audience");
            }
            if (c.value() != null && c.value().codePointCount(0, c.value().length()) > ProfileItem.MAX_VALUE) {
                throw Problem.invalid(name, name + " is at most " + ProfileItem.MAX_VALUE + " characters");
            }
        }
        db.writeVoid(tx -> {
            Map<String, ProfileStore.Item> current = profiles.items(tx.handle(), owner);
            for (var e : changes.entrySet()) {
                String name = e.getKey();
                Change c = e.getValue();
                Audience audience = c.audience() == null
                        ? current.get(name).audience()
                        : Audience.parse(
                                c.audience(), c.audienceExcept() == null ? List.of() : c.audienceExcept(), name);
                checkAudience(tx.handle(), owner, name, audience);
                String value = c.value() == null
                        ? current.get(name).value()
                        : c.value().strip();
                profiles.put(tx, owner, new ProfileStore.Item(name, value, audience));
            }
        });
        return view.view(owner, owner);
    }

    private void checkAudience(org.jdbi.v3.core.Handle h, int owner, String name, Audience a) {
        boolean followList = name.equals(ProfileItem.FOLLOWERS_LIST) || name.equals(ProfileItem.FOLLOWING_LIST);
        if (followList && !ProfileItem.FOLLOW_LIST_AUDIENCES.contains(a)) {
            throw Problem.invalid(name, name + " is one of public, followers, connections, only_me");
        }
        if (a.has(social.rapport.audience.Grant.Kind.GROUP)
                || a.has(social.rapport.audience.Grant.Kind.MENTIONED)
                || a.has(social.rapport.audience.Grant.Kind.UNLISTED)) {
            throw Problem.invalid(
                    name, "A profile item is public, followers, connections, network, circles or only_me");
        }
        java.util.Set<Long> all = new java.util.HashSet<>(a.circles());
        all.addAll(a.exceptCircles());
        for (long c : all) {
            boolean mine = circles.byId(h, c).map(x -> x.ownerId() == owner).orElse(false);
            if (!mine) throw Problem.invalid(name, "Unknown circle: " + c);
        }
    }
}
