package social.rapport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push service and the device behind it, in one, on loopback: it holds a subscriber's P-256 key
 * pair and auth secret, checks each message's VAPID token against the server's announced key, and
 * decrypts the body as RFC 8291 describes. It answers with the statuses queued, then 201.
 */
public final class PushReceiver implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    public record Message(JsonNode payload, String ttl, String urgency, String encoding) {}

    private final HttpServer server;
    private final KeyPair keys;
    private final byte[] auth = new byte[16];
    private final String serverKey;
    private final List<Message> received = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int hits;

    public PushReceiver(String serverKey) throws Exception {
        this.serverKey = serverKey;
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        keys = g.generateKeyPair();
        new SecureRandom().nextBytes(auth);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push/", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            Integer answer = answers.poll();
            int status = answer == null ? 201 : answer;
            try {
                if (status / 100 == 2) {
                    var h = ex.getRequestHeaders();
                    String encoding = h.getFirst("Content-Encoding");
                    byte[] plain;
                    if ("aes128gcm".equals(encoding)) {
                        checkVapid(h.getFirst("Authorization"));
                        plain = decrypt(body);
                    } else if ("aesgcm".equals(encoding)) {
                        Map<String, String> cryptoKey = params(h.getFirst("Crypto-Key"));
                        checkLegacyVapid(h.getFirst("Authorization"), cryptoKey.get("p256ecdsa"));
                        plain = decryptLegacy(
                                body,
                                Base64.getUrlDecoder()
                                        .decode(params(h.getFirst("Encryption")).get("salt")),
                                Base64.getUrlDecoder().decode(cryptoKey.get("dh")));
                    } else {
                        throw new IllegalStateException("unknown Content-Encoding " + encoding);
                    }
                    received.add(new Message(
                            JSON.readTree(plain),
                            ex.getRequestHeaders().getFirst("TTL"),
                            ex.getRequestHeaders().getFirst("Urgency"),
                            ex.getRequestHeaders().getFirst("Content-Encoding")));
                }
            } catch (Exception e) {
                failures.add(e.toString());
                status = 400;
            }
            hits++;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
    }

    public String endpoint() {
        return origin() + "/push/device-1";
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String p256dh() {
        return b64(raw((ECPublicKey) keys.getPublic()));
    }

    public String auth() {
        return b64(auth);
    }

    /** The next answers, in order, before the receiver goes back to 201. */
    public void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    public List<Message> received() {
        if (!failures.isEmpty()) throw new AssertionError("bad push messages: " + failures);
        return new ArrayList<>(received);
    }

    public int hits() {
        return hits;
    }

    /** Waits until `n` requests have come (whatever their answer), at most ten seconds. */
    public void awaitHits(int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (hits < n && System.nanoTime() < end) Thread.sleep(20);
        if (hits < n) throw new AssertionError("expected " + n + " push requests, got " + hits);
    }

    private void checkVapid(String header) throws Exception {
        if (header == null || !header.startsWith("vapid t=")) throw new IllegalStateException("no vapid header");
        String[] parts = header.substring("vapid ".length()).split(",\\s*");
        String token = parts[0].substring(2);
        String k = parts[1].substring(2);
        if (!k.equals(serverKey)) throw new IllegalStateException("k is not the announced key");
        checkToken(token);
    }

    /** The draft form: `Authorization: WebPush <jwt>` and the key as `p256ecdsa` in `Crypto-Key`. */
    private void checkLegacyVapid(String header, String p256ecdsa) throws Exception {
        if (header == null || !header.startsWith("WebPush ")) throw new IllegalStateException("no WebPush header");
        if (!serverKey.equals(p256ecdsa)) throw new IllegalStateException("p256ecdsa is not the announced key");
        checkToken(header.substring("WebPush ".length()).trim());
    }

    /** `name=value` pairs separated by `;` or `,`, as the Crypto-Key and Encryption headers carry them. */
    private static Map<String, String> params(String header) {
        if (header == null) throw new IllegalStateException("missing header");
        Map<String, String> out = new java.util.HashMap<>();
        for (String part : header.split("[;,]")) {
            int eq = part.indexOf('=');
            if (eq > 0)
                out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return out;
    }

    private void checkToken(String token) throws Exception {
        String[] jwt = token.split("\\.");
        JsonNode head = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        if (!head.get("alg").asText().equals("ES256")) throw new IllegalStateException("alg " + head);
        if (!claims.get("aud").asText().equals(origin())) throw new IllegalStateException("aud " + claims);
        long now = System.currentTimeMillis() / 1000;
        long exp = claims.get("exp").asLong();
        if (exp <= now || exp > now + 24 * 3600) throw new IllegalStateException("exp " + claims);
        if (!claims.has("sub")) throw new IllegalStateException("no sub");
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initVerify(publicKey(Base64.getUrlDecoder().decode(serverKey)));
        s.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        if (!s.verify(Base64.getUrlDecoder().decode(jwt[2]))) throw new IllegalStateException("bad signature");
    }

    /** RFC 8291's receiving side: the sender's key from the header, the same derivations, one record. */
    private byte[] decrypt(byte[] body) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int rs = in.getInt();
        byte[] keyId = new byte[in.get() & 0xff];
        in.get(keyId);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        if (rs < sealed.length) throw new IllegalStateException("record larger than rs");
        KeyAgreement ka = KeyAgreement.getInstance("ECDH");
        ka.init(keys.getPrivate());
        ka.doPhase(publicKey(keyId), true);
        byte[] shared = ka.generateSecret();
        byte[] prkKey = hmac(auth, shared);
        byte[] ikm = hmac(
                prkKey,
                cat(
                        "WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                        raw((ECPublicKey) keys.getPublic()),
                        keyId,
                        new byte[] {1}));
        byte[] prk = hmac(salt, ikm);
        byte[] cek =
                Arrays.copyOf(hmac(prk, "Content-Encoding: aes128gcm\0\1".getBytes(StandardCharsets.US_ASCII)), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, "Content-Encoding: nonce\0\1".getBytes(StandardCharsets.US_ASCII)), 12);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = c.doFinal(sealed);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) end--;
        if (end < 0 || padded[end] != 2) throw new IllegalStateException("not the last record's padding");
        return Arrays.copyOf(padded, end);
    }

    /** draft-ietf-webpush-encryption-04's receiving side: salt and sender key from the headers. */
    private byte[] decryptLegacy(byte[] body, byte[] salt, byte[] senderKey) throws Exception {
        KeyAgreement ka = KeyAgreement.getInstance("ECDH");
        ka.init(keys.getPrivate());
        ka.doPhase(publicKey(senderKey), true);
        byte[] ikm =
                hmac(hmac(auth, ka.generateSecret()), "Content-Encoding: auth\0\1".getBytes(StandardCharsets.US_ASCII));
        byte[] prk = hmac(salt, ikm);
        byte[] ua = raw((ECPublicKey) keys.getPublic());
        byte[] context = cat(
                "P-256\0".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 65}, ua, new byte[] {0, 65}, senderKey);
        byte[] cek = Arrays.copyOf(
                hmac(prk, cat("Content-Encoding: aesgcm\0".getBytes(StandardCharsets.US_ASCII), context, new byte[] {1
                })),
                16);
        byte[] nonce = Arrays.copyOf(
                hmac(prk, cat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), context, new byte[] {1
                })),
                12);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] record = c.doFinal(body);
        int pad = ((record[0] & 0xff) << 8) | (record[1] & 0xff);
        for (int i = 2; i < 2 + pad; i++) if (record[i] != 0) throw new IllegalStateException("padding not zero");
        return Arrays.copyOfRange(record, 2 + pad, record.length);
    }

    private static ECPublicKey publicKey(byte[] raw) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        var params = ((ECPublicKey) g.generateKeyPair().getPublic()).getParams();
        ECPoint w = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(raw, 1, 33)), new BigInteger(1, Arrays.copyOfRange(raw, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, params));
    }

    private static byte[] raw(ECPublicKey k) {
        byte[] out = new byte[65];
        out[0] = 4;
        byte[] x = k.getW().getAffineX().toByteArray();
        byte[] y = k.getW().getAffineY().toByteArray();
        int lx = Math.min(32, x.length), ly = Math.min(32, y.length);
        System.arraycopy(x, x.length - lx, out, 33 - lx, lx);
        System.arraycopy(y, y.length - ly, out, 65 - ly, ly);
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(key, "HmacSHA256"));
        return m.doFinal(data);
    }

    private static byte[] cat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
