package social.rapport.message;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for conversations, message requests, message contacts and the setting of who may message whom. */
public final class MessageStore {
    /** One person's conversation: its thread's first post, its newest post and how far it is read. */
    public record Conversation(long id, int accountId, long rootId, long lastStatusId, long readUpTo) {}

    /** A message request: `sender`'s first private message to `recipient`, pending, accepted or declined. */
    public record Request(
            long id, int senderId, int recipientId, long rootId, long statusId, String state, long createdAt) {}

    private static final String CONVERSATION = "id, account_id, root_id, last_status_id, read_up_to";
    private static final String REQUEST = "id, sender_id, recipient_id, root_id, status_id, state, created_at";

    /** Files a post in `account`'s conversation of that thread, making the conversation if it is new. */
    public void file(Tx tx, long newId, int account, long root, long statusId, boolean read) {
        Handle h = tx.handle();
        h.createUpdate(tx.dialect()
                        .insertIgnore(
                                "conversation_posts",
                                "account_id, root_id, status_id",
                                ":a, :r, :s",
                                "account_id, status_id"))
                .bind("a", account)
                .bind("r", root)
                .bind("s", statusId)
                .execute();
        h.createUpdate(tx.dialect()
                        .insertIgnore("conversations", CONVERSATION, ":id, :a, :r, :s, :read", "account_id, root_id"))
                .bind("id", newId)
                .bind("a", account)
                .bind("r", root)
                .bind("s", statusId)
                .bind("read", read ? statusId : 0L)
                .execute();
        h.createUpdate("UPDATE conversations SET last_status_id = :s,"
                        + " read_up_to = CASE WHEN :read THEN :s ELSE read_up_to END"
                        + " WHERE account_id = :a AND root_id = :r AND last_status_id < :s")
                .bind("a", account)
                .bind("r", root)
                .bind("s", statusId)
                .bind("read", read)
                .execute();
    }

    /** A page of `account`'s conversations, newest message first, by their newest post's id. */
    public List<Conversation> page(Handle h, int account, long maxId, long minId, boolean ascending, int limit) {
        return h.createQuery("SELECT " + CONVERSATION + " FROM conversations WHERE account_id = :a"
                        + " AND last_status_id < :max AND last_status_id > :min ORDER BY last_status_id "
                        + (ascending ? "ASC" : "DESC") + " LIMIT :n")
                .bind("a", account)
                .bind("max", maxId)
                .bind("min", minId)
                .bind("n", limit)
                .map((rs, c) ->
                        new Conversation(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** The conversations that may hold unread posts (newest post past what is read), at most `limit`. */
    public List<Conversation> maybeUnread(Handle h, int account, int limit) {
        return h.createQuery("SELECT " + CONVERSATION + " FROM conversations WHERE account_id = :a"
                        + " AND last_status_id > read_up_to ORDER BY last_status_id DESC LIMIT :n")
                .bind("a", account)
                .bind("n", limit)
                .map((rs, c) ->
                        new Conversation(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    public Optional<Conversation> owned(Handle h, int account, long id) {
        return h.createQuery("SELECT " + CONVERSATION + " FROM conversations WHERE id = :id AND account_id = :a")
                .bind("id", id)
                .bind("a", account)
                .map((rs, c) ->
                        new Conversation(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .findOne();
    }

    public Optional<Conversation> ofThread(Handle h, int account, long root) {
        return h.createQuery("SELECT " + CONVERSATION + " FROM conversations WHERE account_id = :a AND root_id = :r")
                .bind("a", account)
                .bind("r", root)
                .map((rs, c) ->
                        new Conversation(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .findOne();
    }

    /** The posts of one conversation, newest first (at most `limit`). */
    public List<Long> posts(Handle h, int account, long root, int limit) {
        return h.createQuery("SELECT status_id FROM conversation_posts WHERE account_id = :a AND root_id = :r"
                        + " ORDER BY status_id DESC LIMIT :n")
                .bind("a", account)
                .bind("r", root)
                .bind("n", limit)
                .mapTo(Long.class)
                .list();
    }

    /** Is this post in one of `account`'s conversations (and which thread)? */
    public Optional<Long> threadOf(Handle h, int account, long statusId) {
        return h.createQuery("SELECT root_id FROM conversation_posts WHERE account_id = :a AND status_id = :s")
                .bind("a", account)
                .bind("s", statusId)
                .mapTo(Long.class)
                .findOne();
    }

    public int markRead(Tx tx, int account, long id) {
        return tx.handle()
                .createUpdate("UPDATE conversations SET read_up_to = last_status_id WHERE id = :id AND account_id = :a")
                .bind("id", id)
                .bind("a", account)
                .execute();
    }

    /** Removes the conversation for its owner alone; a later message starts it again. */
    public int remove(Tx tx, int account, long id) {
        Optional<Conversation> c = owned(tx.handle(), account, id);
        if (c.isEmpty()) return 0;
        tx.handle()
                .createUpdate("DELETE FROM conversation_posts WHERE account_id = :a AND root_id = :r")
                .bind("a", account)
                .bind("r", c.get().rootId())
                .execute();
        return tx.handle()
                .createUpdate("DELETE FROM conversations WHERE id = :id AND account_id = :a")
                .bind("id", id)
                .bind("a", account)
                .execute();
    }

    // ---- who may message whom ----

    public Optional<String> setting(Handle h, int account) {
        return h.createQuery("SELECT who FROM message_settings WHERE account_id = :a")
                .bind("a", account)
                .mapTo(String.class)
                .findOne();
    }

    /**
     * Reads the recipient's setting holding its row until the transaction ends: a change of the
     * setting at the same moment waits for this message, or this message sees the change.
     */
    public String lockSetting(Tx tx, int account, String absent) {
        tx.handle()
                .createUpdate(tx.dialect().insertIgnore("message_settings", "account_id, who", ":a, :w", "account_id"))
                .bind("a", account)
                .bind("w", absent)
                .execute();
        tx.handle()
                .createUpdate("UPDATE message_settings SET who = who WHERE account_id = :a")
                .bind("a", account)
                .execute();
        return setting(tx.handle(), account).orElse(absent);
    }

    public void saveSetting(Tx tx, int account, String who) {
        tx.handle()
                .createUpdate(tx.dialect().insertIgnore("message_settings", "account_id, who", ":a, :w", "account_id"))
                .bind("a", account)
                .bind("w", who)
                .execute();
        tx.handle()
                .createUpdate("UPDATE message_settings SET who = :w WHERE account_id = :a")
                .bind("a", account)
                .bind("w", who)
                .execute();
    }

    public boolean contact(Handle h, int account, int other) {
        return h.createQuery("SELECT COUNT(*) FROM message_contacts WHERE account_id = :a AND other_id = :o")
                        .bind("a", account)
                        .bind("o", other)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    public void addContact(Tx tx, int account, int other) {
        tx.handle()
                .createUpdate(tx.dialect()
                        .insertIgnore(
                                "message_contacts",
                                "account_id, other_id, created_at",
                                ":a, :o, :now",
                                "account_id, other_id"))
                .bind("a", account)
                .bind("o", other)
                .bind("now", tx.now())
                .execute();
    }

    // ---- message requests ----

    private static final org.jdbi.v3.core.mapper.RowMapper<Request> REQUEST_ROW = (rs, c) -> new Request(
            rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getLong(7));

    public Optional<Request> between(Handle h, int sender, int recipient) {
        return h.createQuery("SELECT " + REQUEST + " FROM message_requests WHERE sender_id = :s AND recipient_id = :r")
                .bind("s", sender)
                .bind("r", recipient)
                .map(REQUEST_ROW)
                .findOne();
    }

    /** Inserts a pending request; a second one for the same pair fails on the unique key (422). */
    public void insertRequest(Tx tx, long id, int sender, int recipient, long root, long statusId) {
        tx.handle()
                .createUpdate("INSERT INTO message_requests (" + REQUEST
                        + ") VALUES (:id, :s, :r, :root, :st, 'pending', :now)")
                .bind("id", id)
                .bind("s", sender)
                .bind("r", recipient)
                .bind("root", root)
                .bind("st", statusId)
                .bind("now", tx.now())
                .execute();
    }

    /** The recipient's pending requests, newest first, below `maxId`. */
    public List<Request> pending(Handle h, int recipient, long maxId, int limit) {
        return h.createQuery(
                        "SELECT " + REQUEST + " FROM message_requests WHERE recipient_id = :r AND state = 'pending'"
                                + " AND id < :max ORDER BY id DESC LIMIT :n")
                .bind("r", recipient)
                .bind("max", maxId)
                .bind("n", limit)
                .map(REQUEST_ROW)
                .list();
    }

    public Optional<Request> pendingById(Handle h, int recipient, long id) {
        return h.createQuery("SELECT " + REQUEST + " FROM message_requests WHERE id = :id AND recipient_id = :r"
                        + " AND state = 'pending'")
                .bind("id", id)
                .bind("r", recipient)
                .map(REQUEST_ROW)
                .findOne();
    }

    /** Decides a pending request: true for the one transaction that moved it from pending. */
    public boolean decide(Tx tx, int recipient, long id, String state) {
        return tx.handle()
                        .createUpdate("UPDATE message_requests SET state = :st, decided_at = :now"
                                + " WHERE id = :id AND recipient_id = :r AND state = 'pending'")
                        .bind("st", state)
                        .bind("now", tx.now())
                        .bind("id", id)
                        .bind("r", recipient)
                        .execute()
                == 1;
    }

    /** Is this post a request not accepted (pending or declined) to this recipient? */
    public boolean heldAsRequest(Handle h, int recipient, long statusId) {
        return h.createQuery("SELECT COUNT(*) FROM message_requests WHERE recipient_id = :r AND status_id = :s"
                                + " AND state <> 'accepted'")
                        .bind("r", recipient)
                        .bind("s", statusId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** The states of the requests between two people, either way. */
    public List<String> statesBetween(Handle h, int a, int b) {
        return h.createQuery("SELECT state FROM message_requests WHERE (sender_id = :a AND recipient_id = :b)"
                        + " OR (sender_id = :b AND recipient_id = :a)")
                .bind("a", a)
                .bind("b", b)
                .mapTo(String.class)
                .list();
    }
}
