package social.rapport.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.store.StoreException;
import social.rapport.store.Tx;

/**
 * Honours the `Idempotency-Key` header on creates, per account and per kind of record, for an hour:
 * the same key again answers what the first request answered and creates nothing. The key's row is
 * inserted in the creating transaction before the work, so of two concurrent requests with one key
 * the second waits on the row, fails on its unique key, rolls back and answers the first's result.
 * A failed create leaves no row, so retrying it does the work again.
 */
public final class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final Duration KEPT = Duration.ofHours(1);
    private static final int MAX_KEY = 255;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(5);
    private final Database db;
    private volatile long lastPrune;

    public IdempotencyKeys(Database db) {
        this.db = db;
    }

    /** The request's key, or null when it sent none. */
    public static String keyOf(Context ctx) {
        String key = ctx.header(HEADER);
        if (key == null || key.isBlank()) return null;
        if (key.length() > MAX_KEY) throw Problem.badRequest(HEADER + " must be at most " + MAX_KEY + " characters");
        return key;
    }

    /**
     * Runs {@code work} once per account, scope and key and answers {@code answer} of its result.
     * {@code remember} turns the result into the text kept with the key; {@code replay} turns that
     * text back into the answer for a repeat.
     */
    public <T> Object once(
            int account,
            String scope,
            String key,
            Function<Tx, T> work,
            Function<T, String> remember,
            Function<String, Object> replay,
            Function<T, Object> answer) {
        if (key == null) return answer.apply(db.write(work));
        Optional<String> earlier = lookup(account, scope, key);
        if (earlier.isPresent()) return replay.apply(earlier.get());
        try {
            T created = db.write(tx -> {
                // The account's expired keys go, this one's included, so a key may be used again after
                // the hour. Only the account's own rows: concurrent creates of others never wait on them.
                tx.handle()
                        .createUpdate("DELETE FROM idempotency_keys WHERE account_id = :a AND created_at <= :cutoff")
                        .bind("a", account)
                        .bind("cutoff", tx.now() - KEPT.toMillis())
                        .execute();
                tx.handle()
                        .createUpdate("INSERT INTO idempotency_keys (account_id, scope, idem_key, result, created_at)"
                                + " VALUES (:a, :s, :k, '', :now)")
                        .bind("a", account)
                        .bind("s", scope)
                        .bind("k", key)
                        .bind("now", tx.now())
                        .execute();
                T result = work.apply(tx);
                tx.handle()
                        .createUpdate("UPDATE idempotency_keys SET result = :r WHERE account_id = :a AND scope = :s"
                                + " AND idem_key = :k")
                        .bind("r", remember.apply(result))
                        .bind("a", account)
                        .bind("s", scope)
                        .bind("k", key)
                        .execute();
                return result;
            });
            return answer.apply(created);
        } catch (StoreException.AlreadyExists taken) {
            // A concurrent request with the same key committed first; this one rolled back whole.
            return replay.apply(lookup(account, scope, key).orElseThrow(() -> taken));
        } finally {
            prune();
        }
    }

    /** A created record as text to keep with its key (records and entities, through the API's JSON mapper). */
    public static String asJson(Object created) {
        try {
            return WebServer.JSON.writeValueAsString(created);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record kept by {@link #asJson} back as it was. */
    public static <T> T fromJson(String kept, Class<T> type) {
        try {
            return WebServer.JSON.readValue(kept, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes every account's expired keys, now and then; a failure here only delays the cleaning. */
    private void prune() {
        long now = db.clock().millis();
        if (now - lastPrune < PRUNE_EVERY.toMillis()) return;
        lastPrune = now;
        try {
            db.writeVoid(tx -> tx.handle()
                    .createUpdate("DELETE FROM idempotency_keys WHERE created_at <= :cutoff")
                    .bind("cutoff", now - KEPT.toMillis())
                    .execute());
        } catch (RuntimeException busy) {
            lastPrune = 0;
        }
    }

    private Optional<String> lookup(int account, String scope, String key) {
        long cutoff = db.clock().millis() - KEPT.toMillis();
        return db.read(h -> h.createQuery("SELECT result FROM idempotency_keys WHERE account_id = :a AND scope = :s"
                        + " AND idem_key = :k AND created_at > :cutoff")
                .bind("a", account)
                .bind("s", scope)
                .bind("k", key)
                .bind("cutoff", cutoff)
                .mapTo(String.class)
                .findOne());
    }
}
