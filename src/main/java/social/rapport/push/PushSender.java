package social.rapport.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.core.Problem;
import social.rapport.core.Repeating;
import social.rapport.notify.NotificationEntity;
import social.rapport.notify.ReadNotifications;
import social.rapport.store.Database;

/**
 * Sends the queued push messages. A message is claimed before it is sent (several servers may share
 * the queue), built at the moment of sending from the notification as its recipient may see it then
 * (gone or hidden since: nothing is sent), encrypted and signed. A push service that answers 404 or
 * 410 has ended the subscription, which goes; 429, a 5xx or no answer is tried again later, each
 * time after twice as long; any other refusal drops the message.
 */
final class PushSender implements AutoCloseable {
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LAST_RETRY = Duration.ofHours(2);
    static final int MAX_ATTEMPTS = 10;
    /** How long a claimed message is left alone: a sender that died while sending has it tried again. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** Push services keep a message for the device at most this long (Mastodon's two days). */
    static final long TTL_SECONDS = 2 * 24 * 3600;

    private static final Logger LOG = LoggerFactory.getLogger(PushSender.class);
    private static final int BATCH = 50;

    private final Database db;
    private final PushStore store;
    private final ReadNotifications read;
    private final Vapid vapid;
    private final Endpoints endpoints;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private Repeating runner;
    private volatile boolean stopping;

    PushSender(Database db, PushStore store, ReadNotifications read, Vapid vapid, Endpoints endpoints) {
        this.db = db;
        this.store = store;
        this.read = read;
        this.vapid = vapid;
        this.endpoints = endpoints;
    }

    synchronized void startEvery(Duration every) {
        if (runner != null) return;
        runner = Repeating.start("rapport-push", "push sending", Duration.ZERO, every, this::sendDue);
    }

    /** Sends every message that is due; answers how many were handled. */
    int sendDue() {
        int handled = 0;
        while (true) {
            long now = db.clock().millis();
            List<PushStore.Due> due = db.read(h -> store.due(h, now, BATCH));
            for (PushStore.Due d : due) {
                if (stopping) return handled;
                if (!db.write(tx -> store.claim(tx, d, now + LEASE.toMillis()))) continue;
                send(d);
                handled++;
            }
            if (due.size() < BATCH) return handled;
        }
    }

    private void send(PushStore.Due d) {
        Optional<Subscription> found = db.read(h -> store.byId(h, d.subscriptionId()));
        if (found.isEmpty()) return; // the message went with its subscription
        Subscription s = found.get();
        if (!db.read(h -> store.tokenLive(h, s.tokenId()))) {
            db.writeVoid(tx -> store.delete(tx, s.id()));
            return;
        }
        if (!db.read(h -> store.accountActive(h, s.accountId()))) {
            db.writeVoid(tx -> store.done(tx, d.id()));
            return;
        }
        NotificationEntity n;
        try {
            n = read.one(s.accountId(), d.notificationId());
        } catch (Problem gone) {
            db.writeVoid(tx -> store.done(tx, d.id()));
            return;
        }
        URI to = URI.create(s.endpoint());
        if (!endpoints.mayConnect(to)) {
            LOG.warn("push subscription {} points at an address this server does not send to", s.id());
            db.writeVoid(tx -> store.delete(tx, s.id()));
            return;
        }
        ECPublicKey key = Keys.decode(Keys.unb64(s.p256dh()));
        byte[] payload = PushMessages.payload(n, s.accessToken());
        HttpRequest request = s.standard()
                ? request(to, Aes128gcm.encrypt(payload, key, Keys.unb64(s.auth())))
                : legacyRequest(to, Aesgcm.encrypt(payload, key, Keys.unb64(s.auth())));
        int status;
        try {
            HttpResponse<Void> res = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = res.statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // still claimed: tried again when the lease ends
        }
        outcome(d, s, status);
    }

    private HttpRequest request(URI to, byte[] body) {
        String audience = to.getScheme() + "://" + to.getRawAuthority();
        return HttpRequest.newBuilder(to)
                .timeout(Duration.ofSeconds(15))
                .header(
                        "Authorization",
                        vapid.authorization(audience, db.clock().millis() / 1000))
                .header("TTL", Long.toString(TTL_SECONDS))
                .header("Urgency", "normal")
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** The older form: salt and keys in headers, the VAPID token under the `WebPush` scheme. */
    private HttpRequest legacyRequest(URI to, Aesgcm.Sealed sealed) {
        String audience = to.getScheme() + "://" + to.getRawAuthority();
        return HttpRequest.newBuilder(to)
                .timeout(Duration.ofSeconds(15))
                .header(
                        "Authorization",
                        vapid.legacyAuthorization(audience, db.clock().millis() / 1000))
                .header("Crypto-Key", "dh=" + Keys.b64(sealed.senderKey()) + ";p256ecdsa=" + vapid.publicKey())
                .header("Encryption", "salt=" + Keys.b64(sealed.salt()))
                .header("TTL", Long.toString(TTL_SECONDS))
                .header("Urgency", "normal")
                .header("Content-Encoding", "aesgcm")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sealed.body()))
                .build();
    }

    private void outcome(PushStore.Due d, Subscription s, int status) {
        if (status >= 200 && status < 300) {
            db.writeVoid(tx -> store.done(tx, d.id()));
        } else if (status == 404 || status == 410) {
            LOG.info("push subscription {} ended by its push service ({})", s.id(), status);
            db.writeVoid(tx -> store.delete(tx, s.id()));
        } else if (status == 0 || status == 429 || status >= 500) {
            int attempts = d.attempts() + 1;
            if (attempts >= MAX_ATTEMPTS) {
                LOG.warn("push message {} given up after {} attempts", d.id(), attempts);
                db.writeVoid(tx -> store.done(tx, d.id()));
                return;
            }
            long at = db.clock().millis() + backoff(attempts).toMillis();
            db.writeVoid(tx -> store.retryAt(tx, d.id(), attempts, at));
        } else {
            LOG.warn("push message {} refused by its push service ({})", d.id(), status);
            db.writeVoid(tx -> store.done(tx, d.id()));
        }
    }

    /** 30 s after the first failure, then twice as long each time, at most two hours. */
    static Duration backoff(int attempts) {
        long ms = FIRST_RETRY.toMillis() << Math.min(attempts - 1, 20);
        return Duration.ofMillis(Math.min(ms, LAST_RETRY.toMillis()));
    }

    /** Lets the message being sent finish and record its outcome, then stops. */
    @Override
    public synchronized void close() {
        stopping = true;
        if (runner == null) return;
        runner.stopAfterRun(Duration.ofSeconds(20));
        runner = null;
    }
}
