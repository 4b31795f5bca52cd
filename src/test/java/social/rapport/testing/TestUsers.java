package social.rapport.testing;

import java.util.Set;
import social.rapport.account.AccountEvents;
import social.rapport.account.Passwords;
import social.rapport.app.App;

/**
 * Makes accounts with tokens for tests, fast: the Argon2id hash of one shared password is computed
 * once per run instead of once per account.
 */
public final class TestUsers {
    public static final String PASSWORD = "a long test password 42";
    private static volatile String hash;

    public record User(int id, String handle, String token) {
        public String idString() {
            return Integer.toString(id);
        }
    }

    private TestUsers() {}

    static String hash() {
        if (hash == null) hash = Passwords.hash(PASSWORD);
        return hash;
    }

    /** An active account with a token holding read, write, follow and push. */
    public static User create(App app, String handle) {
        return create(app, handle, "user");
    }

    public static User create(App app, String handle, String role) {
        int id = app.db().write(tx -> {
            int a = app.accounts().insert(tx, handle, handle + "@example.org", hash(), role, "active");
            tx.emit(new AccountEvents.Created(a));
            return a;
        });
        String token = app.tokens()
                .issue(null, id, Set.of("read", "write", "follow", "push"))
                .token();
        return new User(id, handle, token);
    }

    public static User create(TestServer server, String handle) {
        return create(server.app(), handle);
    }
}
