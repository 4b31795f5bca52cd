package social.rapport.account;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import social.rapport.core.Emojis;
import social.rapport.store.Tx;

/** SQL for accounts. Decides nothing about who may see them: that is the audience policy's job. */
public final class AccountStore {
    static final String COLUMNS =
            "id, handle, email, display_name, note, locked, role, state, fields, created_at, updated_at,"
                    + " discoverable, indexable, avatar_file, header_file, image_secret";
    private final Emojis emojis;
    private final RowMapper<Account> mapper = (rs, ctx) -> new Account(
            rs.getInt("id"),
            rs.getString("handle"),
            rs.getString("email"),
            rs.getString("display_name"),
            rs.getString("note"),
            rs.getBoolean("locked"),
            rs.getString("role"),
            rs.getString("state"),
            rs.getString("fields"),
            rs.getLong("created_at"),
            rs.getLong("updated_at"),
            rs.getBoolean("discoverable"),
            rs.getBoolean("indexable"),
            rs.getString("avatar_file"),
            rs.getString("header_file"),
            rs.getString("image_secret"),
            emojis().in(rs.getString("display_name"), rs.getString("note")));

    /** Accounts read without custom emoji (tools). */
    public AccountStore() {
        this(Emojis.NONE);
    }

    /** `emojis`: the server's custom emoji, which accounts read are given as their display name and bio use them. */
    public AccountStore(Emojis emojis) {
        this.emojis = emojis;
    }

    /** The custom emoji accounts are read with; posts are rendered with the same. */
    public Emojis emojis() {
        return emojis;
    }

    public int insert(Tx tx, String handle, String email, String passwordHash, String role, String state) {
        return tx.handle()
                .createQuery(
                        "INSERT INTO accounts (handle, handle_lower, email, email_lower, password_hash,"
                                + " role, state, created_at, updated_at) VALUES (:h, :hl, :e, :el, :p, :r, :s, :t, :t) RETURNING id")
                .bind("h", handle)
                .bind("hl", handle.toLowerCase())
                .bind("e", email)
                .bind("el", email.toLowerCase())
                .bind("p", passwordHash)
                .bind("r", role)
                .bind("s", state)
                .bind("t", tx.now())
                .mapTo(Integer.class)
                .one();
    }

    public Optional<Account> byId(Handle h, int id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE id = :id")
                .bind("id", id)
                .map(mapper)
                .findOne();
    }

    public Optional<Account> byHandle(Handle h, String handle) {
        return h.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE handle_lower = :h")
                .bind("h", handle.toLowerCase())
                .map(mapper)
                .findOne();
    }

    public Optional<Account> byEmail(Handle h, String email) {
        return h.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE email_lower = :e")
                .bind("e", email.toLowerCase())
                .map(mapper)
                .findOne();
    }

    public List<Account> byIds(Handle h, java.util.Collection<Integer> ids) {
        if (ids.isEmpty()) return List.of();
        return h.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map(mapper)
                .list();
    }

    public String passwordHash(Handle h, int id) {
        return h.createQuery("SELECT password_hash FROM accounts WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .orElse(null);
    }

    public void setPasswordHash(Tx tx, int id, String hash) {
        tx.handle()
                .createUpdate("UPDATE accounts SET password_hash = :p, updated_at = :t WHERE id = :id")
                .bind("p", hash)
                .bind("t", tx.now())
                .bind("id", id)
                .execute();
    }

    public void setRole(Tx tx, int id, String role) {
        tx.handle()
                .createUpdate("UPDATE accounts SET role = :r, updated_at = :t WHERE id = :id")
                .bind("r", role)
                .bind("t", tx.now())
                .bind("id", id)
                .execute();
    }

    public void setState(Tx tx, int id, String state) {
        tx.handle()
                .createUpdate("UPDATE accounts SET state = :s, updated_at = :t WHERE id = :id")
                .bind("s", state)
                .bind("t", tx.now())
                .bind("id", id)
                .execute();
    }

    /** Replaces the profile: display name, bio, whether follows need approval, and the fields as JSON. */
    public void updateProfile(Tx tx, int id, String displayName, String note, boolean locked, String fieldsJson) {
        tx.handle()
                .createUpdate("UPDATE accounts SET display_name = :d, note = :n, locked = :l, fields = :f,"
                        + " updated_at = :t WHERE id = :id")
                .bind("d", displayName)
                .bind("n", note)
                .bind("l", locked)
                .bind("f", fieldsJson)
                .bind("t", tx.now())
                .bind("id", id)
                .execute();
    }

    public void setDiscovery(Tx tx, int id, boolean discoverable, boolean indexable) {
        tx.handle()
                .createUpdate("UPDATE accounts SET discoverable = :d, indexable = :i, updated_at = :t WHERE id = :id")
                .bind("d", discoverable)
                .bind("i", indexable)
                .bind("t", tx.now())
                .bind("id", id)
                .execute();
    }

    /**
     * Deletes the account's row; answers the blob keys of its uploaded avatar and header (none for the
     * generated ones), read by the same statement, so that an upload committed just before is among them.
     */
    public List<String> delete(Tx tx, int id) {
        return tx.handle()
                .createQuery("DELETE FROM accounts WHERE id = :id RETURNING avatar_file, header_file")
                .bind("id", id)
                .map((rs, ctx) -> {
                    List<String> keys = new java.util.ArrayList<>();
                    String avatar = rs.getString("avatar_file");
                    String header = rs.getString("header_file");
                    if (avatar != null) keys.add(ProfileImages.Kind.AVATAR.folder() + "/" + avatar);
                    if (header != null) keys.add(ProfileImages.Kind.HEADER.folder() + "/" + header);
                    return keys;
                })
                .findOne()
                .orElse(List.of());
    }

    public int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM accounts WHERE state = 'active'")
                .mapTo(Integer.class)
                .one();
    }

    /** Accounts of every state, newest first, with ids below `beforeId` (0 for the newest). */
    public List<Account> newest(Handle h, int beforeId, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE (:b = 0 OR id < :b) ORDER BY id DESC LIMIT :l")
                .bind("b", beforeId)
                .bind("l", limit)
                .map(mapper)
                .list();
    }

    /** Every account id, for rebuilding in-memory structures at start. */
    public List<Integer> allIds(Handle h) {
        return h.createQuery("SELECT id FROM accounts ORDER BY id")
                .mapTo(Integer.class)
                .list();
    }
}
