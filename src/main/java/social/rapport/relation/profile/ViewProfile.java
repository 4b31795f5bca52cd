package social.rapport.relation.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** A profile as the viewer may see it: each item shown only when its audience admits the viewer. */
public final class ViewProfile {
    private final Database db;
    private final Visible visible;
    private final ProfileStore profiles;

    public ViewProfile(Database db, Visible visible, ProfileStore profiles) {
        this.db = db;
        this.visible = visible;
        this.profiles = profiles;
    }

    public Profile view(int viewer, int accountId) {
        return db.read(h -> {
            visible.account(h, viewer, accountId);
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> lists = new ArrayList<>();
            Map<String, String> audiences = viewer == accountId ? new LinkedHashMap<>() : null;
            for (ProfileStore.Item i : profiles.items(h, accountId).values()) {
                if (audiences != null) audiences.put(i.name(), i.audience().wire());
                if (!visible.policy().canSee(viewer, accountId, i.audience(), Set.of())) continue;
                if (ProfileItem.isField(i.name())) {
                    if (!i.value().isEmpty()) fields.put(i.name(), i.value());
                } else {
                    lists.add(i.name());
                }
            }
            return new Profile(Integer.toString(accountId), fields, lists, audiences);
        });
    }
}
