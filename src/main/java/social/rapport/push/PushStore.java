package social.rapport.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** The push tables: subscriptions, one per access token, and the messages waiting to be sent. */
final class PushStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS =
            "id, token_id, account_id, endpoint, p256dh, auth, alerts, policy, access_token, standard FROM push_subscriptions";

    record Due(long id, long subscriptionId, long notificationId, int attempts, long nextAt) {}

    /** Stores the token's subscription, replacing the one it had. */
    long replace(Tx tx, Subscription s) {
        deleteByToken(tx, s.tokenId());
        return tx.handle()
                .createQuery("INSERT INTO push_subscriptions (token_id, account_id, endpoint, p256dh, auth, alerts,"
                        + " policy, access_token, standard, created_at) VALUES (:tok, :a, :e, :p, :k, :al, :po, :at, :st, :t)"
                        + " RETURNING id")
                .bind("tok", s.tokenId())
                .bind("a", s.accountId())
                .bind("e", s.endpoint())
                .bind("p", s.p256dh())
                .bind("k", s.auth())
                .bind("al", json(s.alerts()))
                .bind("po", s.policy())
                .bind("at", s.accessToken())
                .bind("st", s.standard())
                .bind("t", tx.now())
                .mapTo(Long.class)
                .one();
    }

    void update(Tx tx, long id, Map<String, Boolean> alerts, String policy) {
        tx.handle()
                .createUpdate("UPDATE push_subscriptions SET alerts = :al, policy = :po WHERE id = :id")
                .bind("al", json(alerts))
                .bind("po", policy)
                .bind("id", id)
                .execute();
    }

    int deleteByToken(Tx tx, long tokenId) {
        return tx.handle()
                .createUpdate("DELETE FROM push_subscriptions WHERE token_id = :t")
                .bind("t", tokenId)
                .execute();
    }

    /** Deletes the subscriptions of an account's tokens that are no longer live (revoked). */
    int deleteRevoked(Tx tx, int accountId) {
        return tx.handle()
                .createUpdate("DELETE FROM push_subscriptions WHERE account_id = :a AND token_id IN"
                        + " (SELECT id FROM access_tokens WHERE account_id = :a AND revoked_at IS NOT NULL)")
                .bind("a", accountId)
                .execute();
    }

    void delete(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM push_subscriptions WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    Optional<Subscription> byToken(Handle h, long tokenId) {
        return h.createQuery("SELECT " + COLUMNS + " WHERE token_id = :t")
                .bind("t", tokenId)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    Optional<Subscription> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    List<Subscription> ofAccount(Handle h, int accountId) {
        return h.createQuery("SELECT " + COLUMNS + " WHERE account_id = :a ORDER BY id")
                .bind("a", accountId)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    /** Whether the subscription's token is still live (not revoked). */
    boolean tokenLive(Handle h, long tokenId) {
        return h.createQuery("SELECT COUNT(*) FROM access_tokens WHERE id = :t AND revoked_at IS NULL")
                        .bind("t", tokenId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** Whether the account may be told anything now (not suspended, not deleted). */
    boolean accountActive(Handle h, int accountId) {
        return h.createQuery("SELECT COUNT(*) FROM accounts WHERE id = :a AND state = 'active'")
                        .bind("a", accountId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    void enqueue(Tx tx, long subscriptionId, long notificationId) {
        tx.handle()
                .createUpdate(tx.dialect()
                        .insertIgnore(
                                "push_deliveries",
                                "subscription_id, notification_id, attempts, next_at, created_at",
                                ":s, :n, 0, :t, :t",
                                "subscription_id, notification_id"))
                .bind("s", subscriptionId)
                .bind("n", notificationId)
                .bind("t", tx.now())
                .execute();
    }

    List<Due> due(Handle h, long now, int limit) {
        return h.createQuery("SELECT id, subscription_id, notification_id, attempts, next_at FROM push_deliveries"
                        + " WHERE next_at <= :now ORDER BY next_at, id LIMIT :n")
                .bind("now", now)
                .bind("n", limit)
                .map((rs, ctx) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getLong(5)))
                .list();
    }

    /** Claims a due message for `until` by moving it on; false when another sender claimed it first. */
    boolean claim(Tx tx, Due d, long until) {
        return tx.handle()
                        .createUpdate("UPDATE push_deliveries SET next_at = :u WHERE id = :id AND next_at = :was")
                        .bind("u", until)
                        .bind("id", d.id())
                        .bind("was", d.nextAt())
                        .execute()
                == 1;
    }

    void retryAt(Tx tx, long id, int attempts, long at) {
        tx.handle()
                .createUpdate("UPDATE push_deliveries SET attempts = :a, next_at = :t WHERE id = :id")
                .bind("a", attempts)
                .bind("t", at)
                .bind("id", id)
                .execute();
    }

    void done(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM push_deliveries WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    private static Subscription row(ResultSet rs) throws SQLException {
        Map<String, Boolean> alerts;
        try {
            alerts = JSON.readValue(rs.getString("alerts"), new TypeReference<Map<String, Boolean>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable push alerts", e);
        }
        return new Subscription(
                rs.getLong("id"),
                rs.getLong("token_id"),
                rs.getInt("account_id"),
                rs.getString("endpoint"),
                rs.getString("p256dh"),
                rs.getString("auth"),
                alerts,
                rs.getString("policy"),
                rs.getString("access_token"),
                rs.getBoolean("standard"));
    }

    private static String json(Map<String, Boolean> alerts) {
        try {
            return JSON.writeValueAsString(alerts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
