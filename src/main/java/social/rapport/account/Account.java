package social.rapport.account;

/**
 * An account as stored. `fields` is the JSON of Mastodon's profile metadata fields. `discoverable`:
 * listed in search and suggestions; `indexable`: its posts may be found by search and indexed by
 * search engines.
 */
public record Account(
        int id,
        String handle,
        String email,
        String displayName,
        String note,
        boolean locked,
        String role,
        String state,
        String fields,
        long createdAt,
        long updatedAt,
        boolean discoverable,
        boolean indexable) {
    public boolean active() {
        return "active".equals(state);
    }

    public boolean admin() {
        return "admin".equals(role);
    }

    public String shownName() {
        return displayName == null || displayName.isBlank() ? handle : displayName;
    }
}
