package social.rapport.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291 over RFC 8188's aes128gcm): a fresh P-256 key pair per
 * message agrees a secret with the subscriber's key, which together with its auth secret gives the
 * content key and nonce. One record holds the whole message.
 */
final class Aes128gcm {
    static final int RECORD_SIZE = 4096;
    /** Push services take 4096 bytes at most: less the header, the padding delimiter and the GCM tag. */
    static final int MAX_PLAINTEXT = RECORD_SIZE - 1 - 16 - 86;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Aes128gcm() {}

    /** A fresh key pair of the sender's, and the secret it agrees with the subscriber's key (ECDH). */
    record Agreement(byte[] shared, byte[] senderKey, byte[] subscriberKey) {
        static Agreement with(ECPublicKey subscriber) throws GeneralSecurityException {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(Keys.P256);
            KeyPair ours = g.generateKeyPair();
            KeyAgreement ka = KeyAgreement.getInstance("ECDH");
            ka.init(ours.getPrivate());
            ka.doPhase(subscriber, true);
            return new Agreement(
                    ka.generateSecret(), Keys.encode((ECPublicKey) ours.getPublic()), Keys.encode(subscriber));
        }
    }

    static byte[] encrypt(byte[] plaintext, ECPublicKey subscriber, byte[] authSecret) {
        if (plaintext.length > MAX_PLAINTEXT) throw new IllegalArgumentException("push message too long");
        try {
            Agreement a = Agreement.with(subscriber);
            byte[] shared = a.shared();
            byte[] uaPublic = a.subscriberKey();
            byte[] asPublic = a.senderKey();

            byte[] prkKey = hmac(authSecret, shared);
            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uaPublic, asPublic);
            byte[] ikm = hmac(prkKey, concat(keyInfo, new byte[] {1}));
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            byte[] prk = hmac(salt, ikm);
            byte[] cek = Arrays.copyOf(hmac(prk, info("aes128gcm")), 16);
            byte[] nonce = Arrays.copyOf(hmac(prk, info("nonce")), 12);

            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(concat(plaintext, new byte[] {2}));

            ByteBuffer out = ByteBuffer.allocate(16 + 4 + 1 + asPublic.length + sealed.length);
            out.put(salt)
                    .putInt(RECORD_SIZE)
                    .put((byte) asPublic.length)
                    .put(asPublic)
                    .put(sealed);
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("push encryption failed", e);
        }
    }

    private static byte[] info(String what) {
        return ("Content-Encoding: " + what + "\0\1").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(key, "HmacSHA256"));
        return m.doFinal(data);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
