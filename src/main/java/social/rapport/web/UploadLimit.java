package social.rapport.web;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import java.util.Set;

/**
 * The few routes that take files larger than the 1 MiB every other request is held to (the media
 * uploads, and the composer's pages): on a POST to one of `paths` (a `{name}` segment matches any one) a multipart body may be up to `maxBytes`, and its file parts
 * above 64 KiB are written to a temporary file by the container instead of being kept in memory.
 * Form fields stay under the usual limit.
 */
public record UploadLimit(Set<String> paths, long maxBytes) {
    /** File parts larger than this are spooled to disk. */
    static final int IN_MEMORY = 64 * 1024;
    /** What the form fields beside the file may add to it. */
    static final long FIELDS = BodyChecks.MAX_BODY;

    public static final UploadLimit NONE = new UploadLimit(Set.of(), BodyChecks.MAX_BODY);

    public UploadLimit {
        paths = Set.copyOf(paths);
    }

    boolean covers(Context ctx) {
        if (paths.isEmpty() || !ctx.method().name().equals("POST")) return false;
        String path = ctx.path();
        return paths.contains(path) || paths.stream().anyMatch(p -> matches(p, path));
    }

    /** A path pattern whose `{name}` segments stand for any one segment (`/statuses/{id}/reply`). */
    static boolean matches(String pattern, String path) {
        if (!pattern.contains("{")) return false;
        String[] want = pattern.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) return false;
        for (int i = 0; i < want.length; i++) {
            boolean any = want[i].startsWith("{") && want[i].endsWith("}") && !got[i].isEmpty();
            if (!any && !want[i].equals(got[i])) return false;
        }
        return true;
    }

    /** The whole body's limit on these routes. */
    long maxRequest() {
        return maxBytes + FIELDS;
    }

    MultipartConfigElement multipart() {
        return new MultipartConfigElement(System.getProperty("java.io.tmpdir"), maxBytes, maxRequest(), IN_MEMORY);
    }
}
