package social.rapport.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The older Web Push encryption that Mastodon sends to subscriptions not marked `standard`
 * (draft-ietf-webpush-encryption-04 over the `aesgcm` content encoding): the salt and the sender's
 * key travel in the `Encryption` and `Crypto-Key` headers instead of the body, and the record starts
 * with two bytes of padding length. Apps written before RFC 8291 decrypt only this.
 */
final class Aesgcm {
    /** One record of the default size 4096, less the padding length and the GCM tag. */
    static final int MAX_PLAINTEXT = 4096 - 2 - 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The encrypted record and what the headers carry: the salt and the sender's public key. */
    record Sealed(byte[] body, byte[] salt, byte[] senderKey) {}

    private Aesgcm() {}

    static Sealed encrypt(byte[] plaintext, ECPublicKey subscriber, byte[] authSecret) {
        if (plaintext.length > MAX_PLAINTEXT) throw new IllegalArgumentException("push message too long");
        try {
            Aes128gcm.Agreement a = Aes128gcm.Agreement.with(subscriber);
            byte[] shared = a.shared();
            byte[] uaPublic = a.subscriberKey();
            byte[] asPublic = a.senderKey();

            byte[] ikm = Aes128gcm.hmac(
                    Aes128gcm.hmac(authSecret, shared),
                    "Content-Encoding: auth\0\1".getBytes(StandardCharsets.US_ASCII));
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            byte[] prk = Aes128gcm.hmac(salt, ikm);
            byte[] context = Aes128gcm.concat(
                    "P-256\0".getBytes(StandardCharsets.US_ASCII),
                    length(uaPublic),
                    uaPublic,
                    length(asPublic),
                    asPublic);
            byte[] cek = Arrays.copyOf(Aes128gcm.hmac(prk, info("aesgcm", context)), 16);
            byte[] nonce = Arrays.copyOf(Aes128gcm.hmac(prk, info("nonce", context)), 12);

            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] record = ByteBuffer.allocate(2 + plaintext.length)
                    .putShort((short) 0)
                    .put(plaintext)
                    .array();
            return new Sealed(c.doFinal(record), salt, asPublic);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("push encryption failed", e);
        }
    }

    private static byte[] length(byte[] key) {
        return new byte[] {(byte) (key.length >> 8), (byte) key.length};
    }

    private static byte[] info(String what, byte[] context) {
        return Aes128gcm.concat(
                ("Content-Encoding: " + what + "\0").getBytes(StandardCharsets.US_ASCII), context, new byte[] {1});
    }
}
