package social.rapport.account;

/**
 * An account as stored. `fields` is the JSON of Mastodon's profile metadata fields. `discoverable`:
 * listed in search and suggestions; `indexable`: its posts may be found by search and indexed by
 * search engines. `avatarFile` and `headerFile` name uploaded images (null: the generated default);
 * `imageSecret` signs their addresses and is never shown. `emojis`: the custom emoji that the display
 * name and bio use, found when the account is read.
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
        boolean indexable,
        String avatarFile,
        String headerFile,
        String imageSecret,
        java.util.List<social.rapport.core.CustomEmoji> emojis) {
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
