package social.rapport.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import social.rapport.core.Problem;

/**
 * Password rules and hashing: 12 to 128 characters, not among the 10,000 most common passwords,
 * stored as Argon2id (m=19 MiB, t=2, p=1) in the PHC string format. Each hash holds 19 MiB while it
 * runs, so only as many run at once as there are cores (more would not finish sooner); the rest wait
 * a little for their turn and are then told the server is busy (503 with Retry-After), so a burst of
 * sign-ins can never exhaust the heap.
 */
public final class Passwords {
    public static final int MIN = 12;
    public static final int MAX = 128;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID, 19);
    private static final Set<String> COMMON = load();
    private static final Semaphore HASHING =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    static final long WAIT_MS = 2_000;

    private Passwords() {}

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        var in = Passwords.class.getResourceAsStream("/account/common-passwords.txt");
        if (in == null) throw new IllegalStateException("common-passwords.txt missing from the build");
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) out.add(line.strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Answers why a password is refused, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.isEmpty()) return "Password can't be blank";
        int length = password.codePointCount(0, password.length());
        if (length < MIN) return "Password is too short (minimum is " + MIN + " characters)";
        if (length > MAX) return "Password is too long (maximum is " + MAX + " characters)";
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) return "Password is too common";
        return null;
    }

    public static void require(String password) {
        String p = problem(password);
        if (p != null) throw Problem.invalid("password", p);
    }

    public static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    public static int commonCount() {
        return COMMON.size();
    }

    public static String hash(String password) {
        return bounded(
                () -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
    }

    public static boolean verify(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2id$")) return false;
        return bounded(() -> {
            try {
                return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** The permits of concurrent hashing, one per core; tests hold them to see what waits. */
    public static Semaphore hashing() {
        return HASHING;
    }

    private static <T> T bounded(Supplier<T> work) {
        boolean got;
        try {
            got = HASHING.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) throw Problem.busy(1);
        try {
            return work.get();
        } finally {
            HASHING.release();
        }
    }

    /** A hash to check against when the account does not exist, so timing does not tell. */
    static final String DUMMY = hash("no account has this password 7c1f");
}
