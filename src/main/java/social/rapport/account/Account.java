package social.rapport.account;

/** An account as stored. `fields` is the JSON of Mastodon's profile metadata fields. */
public record Account(int id, String handle, String email, String displayName, String note, boolean locked,
                      String role, String state, String fields, long createdAt, long updatedAt) {
    public boolean active() { return "active".equals(state); }
    public boolean admin() { return "admin".equals(role); }
    public String shownName() { return displayName == null || displayName.isBlank() ? handle : displayName; }
}
