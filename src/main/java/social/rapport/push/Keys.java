package social.rapport.push;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Base64;

/** P-256 public keys in the uncompressed form Web Push uses (65 bytes, 0x04 ‖ x ‖ y), and base64url. */
final class Keys {
    static final ECParameterSpec P256 = p256();

    private Keys() {}

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
            p.init(new ECGenParameterSpec("secp256r1"));
            return p.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no P-256", e);
        }
    }

    static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Base64url or standard base64, padded or not (apps send either); null when it is neither. */
    static byte[] unb64(String s) {
        if (s == null) return null;
        String t = s.trim().replace('+', '-').replace('/', '_').replaceAll("=+$", "");
        if (!t.matches("[A-Za-z0-9_-]*")) return null;
        try {
            return Base64.getUrlDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static byte[] encode(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        put(key.getW().getAffineX(), out, 1);
        put(key.getW().getAffineY(), out, 33);
        return out;
    }

    private static void put(BigInteger v, byte[] out, int at) {
        byte[] b = v.toByteArray();
        int len = Math.min(b.length, 32);
        System.arraycopy(b, b.length - len, out, at + 32 - len, len);
    }

    /** The key, or null when the bytes are not a point on P-256. */
    static ECPublicKey decode(byte[] raw) {
        if (raw == null || raw.length != 65 || raw[0] != 4) return null;
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 1, 33));
        BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 33, 65));
        BigInteger p = ((java.security.spec.ECFieldFp) P256.getCurve().getField()).getP();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) return null;
        BigInteger right = x.pow(3)
                .add(P256.getCurve().getA().multiply(x))
                .add(P256.getCurve().getB())
                .mod(p);
        if (!y.pow(2).mod(p).equals(right)) return null;
        try {
            return (ECPublicKey)
                    KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), P256));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
