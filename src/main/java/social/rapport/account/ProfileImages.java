package social.rapport.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The addresses of an account's avatar and header. An uploaded image has a random name, and its
 * address carries an expiry and a signature (HMAC-SHA256 under the account's own image secret), so
 * that whoever was shown the account can load it for a day or two even where signed-out visitors may
 * not see profiles, and nobody else can (see the image routes). The expiry moves once a day, so an
 * address stays the same all day and caches keep it.
 */
public final class ProfileImages {
    static final long DAY = 86_400_000L;

    public enum Kind {
        AVATAR("avatars"),
        HEADER("headers");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** The first segment of its addresses, and its folder in the blob store. */
        public String folder() {
            return folder;
        }
    }

    private ProfileImages() {}

    public static String avatar(Account a, String baseUrl, long now) {
        if (a.avatarFile() == null) return baseUrl + DefaultFaces.avatarPath(a);
        return signed(baseUrl, Kind.AVATAR, a.avatarFile(), a.imageSecret(), now);
    }

    public static String header(Account a, String baseUrl, long now) {
        if (a.headerFile() == null) return baseUrl + DefaultFaces.headerPath(a);
        return signed(baseUrl, Kind.HEADER, a.headerFile(), a.imageSecret(), now);
    }

    static String signed(String baseUrl, Kind kind, String file, String secret, long now) {
        long expires = expiry(now);
        return baseUrl + "/" + kind.folder() + "/" + file + "?expires=" + expires + "&sig="
                + signature(secret, file, expires);
    }

    /** The end of the day after today (UTC): an address made today works until then. */
    public static long expiry(long now) {
        return (now / DAY + 2) * DAY;
    }

    public static String signature(String secret, String file, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] d = mac.doFinal((file + ":" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Is this a signature of the file made by this server and not yet expired? */
    public static boolean valid(String secret, String file, String expires, String sig, long now) {
        if (secret == null || expires == null || sig == null) return false;
        long e;
        try {
            e = Long.parseLong(expires);
        } catch (NumberFormatException x) {
            return false;
        }
        return e > now && Secrets.same(signature(secret, file, e), sig);
    }
}
