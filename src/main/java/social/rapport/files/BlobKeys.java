package social.rapport.files;

import java.util.regex.Pattern;

/** The rule every store applies to keys: callers make them, so a bad one is a bug, never user input. */
final class BlobKeys {
    private static final Pattern SAFE = Pattern.compile("[a-z0-9._-]+(/[a-z0-9._-]+)*");

    private BlobKeys() {}

    /**
     * The key itself when it is made only of [a-z0-9/._-], has no empty, "." or ".." segment and
     * neither starts nor ends with "/"; IllegalArgumentException otherwise.
     */
    static String check(String key) {
        if (key == null || key.length() > 512 || !SAFE.matcher(key).matches())
            throw new IllegalArgumentException("not a blob key: " + key);
        for (String part : key.split("/")) {
            if (part.equals(".") || part.equals("..")) throw new IllegalArgumentException("not a blob key: " + key);
        }
        return key;
    }

    static void checkRange(long offset) {
        if (offset < 0) throw new IllegalArgumentException("negative offset: " + offset);
    }
}
