package social.rapport.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import social.rapport.store.Database;

/**
 * This server's VAPID key pair (RFC 8292, P-256). It is made on the first start and kept in the
 * database, so every server on it signs with the same key; it is never replaced, because every
 * subscription is bound to its public key (apps hand it to the push service).
 */
final class Vapid {
    /** A push service refuses a token that lives longer than a day. */
    static final long TOKEN_SECONDS = 12 * 3600;

    private final ECPublicKey publicKey;
    private final PrivateKey privateKey;
    private final String publicKeyText;
    private final String subject;

    private Vapid(ECPublicKey publicKey, PrivateKey privateKey, String subject) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.publicKeyText = Keys.b64(Keys.encode(publicKey));
        this.subject = subject;
    }

    /** Loads the key pair, making it first when there is none (two servers racing keep the first). */
    static Vapid load(Database db, String subject) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(Keys.P256);
            KeyPair made = g.generateKeyPair();
            db.writeVoid(tx -> tx.handle()
                    .createUpdate(tx.dialect()
                            .insertIgnore(
                                    "push_keys", "id, public_key, private_key, created_at", "1, :pub, :priv, :t", "id"))
                    .bind("pub", Keys.b64(Keys.encode((ECPublicKey) made.getPublic())))
                    .bind("priv", Keys.b64(made.getPrivate().getEncoded()))
                    .bind("t", tx.now())
                    .execute());
            String[] kept = db.read(h -> h.createQuery("SELECT public_key, private_key FROM push_keys WHERE id = 1")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                    .one());
            ECPublicKey pub = Keys.decode(Keys.unb64(kept[0]));
            PrivateKey priv =
                    KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Keys.unb64(kept[1])));
            if (pub == null) throw new IllegalStateException("the stored VAPID public key is not a P-256 point");
            return new Vapid(pub, priv, subject);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the VAPID key pair", e);
        }
    }

    /** The public key as Mastodon announces it: base64url of the uncompressed point. */
    String publicKey() {
        return publicKeyText;
    }

    ECPublicKey key() {
        return publicKey;
    }

    /** The Authorization header for one push service (its origin), valid from `nowSeconds`. */
    String authorization(String audience, long nowSeconds) {
        return "vapid t=" + token(audience, nowSeconds) + ", k=" + publicKeyText;
    }

    /**
     * The older form sent with `aesgcm` messages: the token under the `WebPush` scheme, and the key
     * in the `Crypto-Key` header as `p256ecdsa`.
     */
    String legacyAuthorization(String audience, long nowSeconds) {
        return "WebPush " + token(audience, nowSeconds);
    }

    /** A signed JWT (ES256) naming the push service, an expiry and this server's contact. */
    private String token(String audience, long nowSeconds) {
        String header = json("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
        String claims = json("{\"aud\":\"" + audience + "\",\"exp\":" + (nowSeconds + TOKEN_SECONDS) + ",\"sub\":\""
                + subject + "\"}");
        String signingInput = header + "." + claims;
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(privateKey);
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Keys.b64(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the VAPID token", e);
        }
    }

    private static String json(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
