package social.rapport.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import social.rapport.core.Problem;
import social.rapport.web.ClientIp;

/**
 * Token buckets (bucket4j) held in Caffeine caches, one cache per kind of limit. Sign-in and sign-up
 * are checked by the handlers that do them, so no spelling of a path can skip the check; the API
 * limits are checked for every request by {@link RateLimitGate}. Time comes from the injected clock.
 */
public final class RateLimits {
    private final LimitNumbers numbers;
    private final boolean trustProxy;
    private final Limit signInIp;
    private final Limit signInAccount;
    private final Limit signUpIp;
    private final Limit apiAccount;
    private final Limit apiIp;
    private final Limit pageAccount;
    private final Limit pageIp;
    private final Limit resetIp;
    private final Limit resetEmail;

    public RateLimits(LimitNumbers numbers, boolean trustProxy, Clock clock) {
        this.numbers = numbers;
        this.trustProxy = trustProxy;
        TimeMeter meter = new TimeMeter() {
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            public boolean isWallClockBased() {
                return true;
            }
        };
        this.signInIp = new Limit(numbers.signInPerIp(), numbers.signInIpWindow(), meter, clock);
        this.signInAccount = new Limit(numbers.signInPerAccount(), numbers.signInAccountWindow(), meter, clock);
        this.signUpIp = new Limit(numbers.signUpPerIp(), numbers.signUpWindow(), meter, clock);
        this.apiAccount = new Limit(numbers.apiPerAccount(), numbers.apiWindow(), meter, clock);
        this.apiIp = new Limit(numbers.apiPerIp(), numbers.apiWindow(), meter, clock);
        this.pageAccount = new Limit(numbers.pagesPerAccount(), numbers.apiWindow(), meter, clock);
        this.pageIp = new Limit(numbers.pagesPerIp(), numbers.apiWindow(), meter, clock);
        this.resetIp = new Limit(numbers.passwordResetPerIp(), numbers.passwordResetWindow(), meter, clock);
        this.resetEmail = new Limit(numbers.passwordResetPerEmail(), numbers.passwordResetWindow(), meter, clock);
    }

    public LimitNumbers numbers() {
        return numbers;
    }

    /** The client's address: X-Forwarded-For is believed only behind a proxy we were told to trust. */
    public String clientIp(Context ctx) {
        return ClientIp.of(ctx, trustProxy);
    }

    /** One sign-in attempt (form or API) from this address for this handle or email; 429 when over. */
    public void signIn(String ip, String login) {
        signInIp.take(ip);
        String who = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (who.startsWith("@")) who = who.substring(1);
        if (!who.isEmpty()) signInAccount.take(who);
    }

    /**
     * One check of an account's password, by any route: the account's bucket is keyed by its id, so
     * its handle and its email are one account. ip, when given, is counted with sign-in attempts from
     * that address (sign-in counts it itself, before the account is known).
     */
    public void passwordCheck(int accountId, String ip) {
        if (ip != null) signInIp.take(ip);
        signInAccount.take("#" + accountId);
    }

    /** A request to the token endpoint: counted with sign-in attempts from the same address. */
    public void tokenRequest(String ip) {
        signInIp.take(ip);
    }

    /**
     * One request for a password reset link (form or API), from this address for this email; 429 when
     * over. Counted alike whether the email belongs to anyone, so the answer tells nothing.
     */
    public void passwordReset(String ip, String email) {
        resetIp.take(ip);
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!e.isEmpty()) resetEmail.take(e);
    }

    /** One sign-up attempt from this address (form or API); 429 when over. */
    public void signUp(String ip) {
        signUpIp.take(ip);
    }

    /** One API request, per account when signed in, else per address. */
    public void api(int accountId, String ip) {
        if (accountId > 0) apiAccount.take("a" + accountId);
        else apiIp.take(ip);
    }

    /** One page request, per account when signed in, else per address. */
    public void page(int accountId, String ip) {
        if (accountId > 0) pageAccount.take("a" + accountId);
        else pageIp.take(ip);
    }

    private static final class Limit {
        private final Cache<String, Bucket> buckets;
        private final int capacity;
        private final Duration window;
        private final TimeMeter meter;

        Limit(int capacity, Duration window, TimeMeter meter, Clock clock) {
            this.capacity = capacity;
            this.window = window;
            this.meter = meter;
            // A bucket untouched for a whole window is full again, so forgetting it changes nothing.
            this.buckets = Caffeine.newBuilder()
                    .expireAfterAccess(window)
                    .maximumSize(200_000)
                    .ticker(() -> clock.millis() * 1_000_000L)
                    .build();
        }

        void take(String key) {
            Bucket b = buckets.get(
                    key,
                    k -> Bucket.builder()
                            .addLimit(l -> l.capacity(capacity).refillGreedy(capacity, window))
                            .withCustomTimePrecision(meter)
                            .build());
            ConsumptionProbe p = b.tryConsumeAndReturnRemaining(1);
            if (!p.isConsumed()) {
                long seconds = (p.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
                throw Problem.tooMany(seconds);
            }
        }
    }
}
