package social.rapport.account;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The generated avatar and header of an account without an uploaded one: the initials of its
 * display name (its handle when it has none) on a colour chosen by its handle. The address holds
 * what the picture shows and nothing else (the colour's number and the initials), so it changes when
 * the name does, and tells a visitor nothing the picture would not.
 */
public final class DefaultFaces {
    /** Colours on which white text has a contrast of at least 4.5:1 (WCAG AA). */
    public static final int[] PALETTE = {
        0x1F5F99, 0x2E7D32, 0xAD1457, 0x6A1B9A, 0x4527A0, 0x00695C,
        0xBF360C, 0x37474F, 0x283593, 0x8E2436, 0x5D4037, 0x00607A
    };

    /** What the address of a generated avatar asks to draw. */
    public record Face(int colour, String initials) {}

    private DefaultFaces() {}

    /** The colour's place in the palette, from the handle alone (case aside). */
    public static int colour(String handle) {
        byte[] d = Secrets.sha256(handle.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
        int h = Integer.parseInt(new String(d, 0, 6, StandardCharsets.US_ASCII), 16);
        return h % PALETTE.length;
    }

    /** One or two capital letters or digits: the first of the first and of the last word of the name. */
    public static String initials(Account a) {
        String fromName = initials(a.displayName());
        return fromName.isEmpty() ? initials(a.handle()).substring(0, 1) : fromName;
    }

    static String initials(String name) {
        if (name == null) return "";
        StringBuilder firsts = new StringBuilder();
        int first = -1;
        int last = -1;
        boolean inWord = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    if (first < 0) first = c;
                    else last = c;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        if (first >= 0) firsts.appendCodePoint(first);
        if (last >= 0) firsts.appendCodePoint(last);
        return firsts.toString().toUpperCase(Locale.ROOT);
    }

    /** `/avatars/default/<colour>-<initials as hex of their UTF-8>.png`. */
    public static String avatarPath(Account a) {
        return "/avatars/default/" + colour(a.handle()) + "-"
                + HexFormat.of().formatHex(initials(a).getBytes(StandardCharsets.UTF_8)) + ".png";
    }

    /** `/headers/default/<colour>.png`: a plain band of the account's colour. */
    public static String headerPath(Account a) {
        return "/headers/default/" + colour(a.handle()) + ".png";
    }

    /** The face an avatar address asks for (its last segment without `.png`), or null when it is not one we make. */
    public static Face parse(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 1 || dash > 2) return null;
        int colour = parseColour(spec.substring(0, dash));
        String hex = spec.substring(dash + 1);
        if (colour < 0 || hex.isEmpty() || hex.length() > 16 || hex.length() % 2 != 0) return null;
        if (!hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return null;
        String initials;
        try {
            initials = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(HexFormat.of().parseHex(hex)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
        if (initials.codePointCount(0, initials.length()) > 2) return null;
        if (!initials.codePoints().allMatch(Character::isLetterOrDigit)) return null;
        if (!initials.equals(initials.toUpperCase(Locale.ROOT))) return null;
        return new Face(colour, initials);
    }

    /** A palette number as written in addresses (no leading zeros), or -1. */
    public static int parseColour(String s) {
        if (s.isEmpty() || s.length() > 2 || (s.length() == 2 && s.charAt(0) == '0')) return -1;
        if (!s.chars().allMatch(Character::isDigit)) return -1;
        int c = Integer.parseInt(s);
        return c < PALETTE.length ? c : -1;
    }
}
