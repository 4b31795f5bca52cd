package social.rapport.media;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import social.rapport.store.Database;

/**
 * Signs the addresses of media that not everyone may see: HMAC-SHA256, under a secret made once
 * per database, over the file's key, the rendition, the viewer the address was made for and when
 * it expires. Apps load images without their token, so the address itself says for whom it was
 * made; serving still asks, at every request, whether that viewer may see the post now.
 */
final class MediaSigner {
    /** An address is good for at least this long after it was shown. */
    static final long VALID_SECONDS = 24 * 3600;
    /**
     * Expiries are rounded up to this step, so one viewer is shown the same address for a while
     * and their app's cache keeps working: an address lives between 24 and 30 hours.
     */
    static final long STEP_SECONDS = 6 * 3600;

    private final byte[] secret;

    private MediaSigner(byte[] secret) {
        this.secret = secret;
    }

    /** Loads the secret, making it first when there is none (two servers racing keep the first). */
    static MediaSigner load(Database db) {
        byte[] made = new byte[32];
        new SecureRandom().nextBytes(made);
        db.writeVoid(tx -> tx.handle()
                .createUpdate(tx.dialect().insertIgnore("media_secrets", "id, secret, created_at", "1, :s, :t", "id"))
                .bind("s", HexFormat.of().formatHex(made))
                .bind("t", tx.now())
                .execute());
        String kept = db.read(h -> h.createQuery("SELECT secret FROM media_secrets WHERE id = 1")
                .mapTo(String.class)
                .one());
        return new MediaSigner(HexFormat.of().parseHex(kept));
    }

    /** When an address shown at `nowMillis` expires, in epoch seconds. */
    static long expiryFor(long nowMillis) {
        long earliest = nowMillis / 1000 + VALID_SECONDS;
        return (earliest / STEP_SECONDS + 1) * STEP_SECONDS;
    }

    String sign(String fileKey, String name, int viewer, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal(
                    (fileKey + "\n" + name + "\n" + viewer + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no HMAC-SHA256", e);
        }
    }

    /** Whether `sig` is the signature of these values, compared in constant time. */
    boolean valid(String fileKey, String name, int viewer, long expires, String sig) {
        if (sig == null) return false;
        byte[] expected = sign(fileKey, name, viewer, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII));
    }
}
