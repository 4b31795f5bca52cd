package social.rapport.files;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import social.rapport.core.Problem;
import social.rapport.web.ResponseBasics;

/**
 * Answers a request for a stored blob: the whole file (200), one range of it (206, RFC 9110 §14),
 * 416 for a range past its end, 304 when the client's copy is current; streamed from the store, never
 * held in memory. A missing blob is the same 404 as any missing thing. A request for several ranges
 * gets the whole file, which RFC 9110 allows. HEAD gets the headers alone.
 */
public final class BlobResponses {
    /** A document that is a stored file can run nothing and load nothing. */
    static final String CSP = "default-src 'none'; sandbox";

    private BlobResponses() {}

    /**
     * Sends the blob under `key`. `contentType` null means the type it was stored with;
     * `cacheControl` is sent as given (null: none); `fileName` is offered in Content-Disposition with
     * everything but [A-Za-z0-9._-] taken out (null: no name).
     */
    public static void send(
            Context ctx, BlobStore store, String key, String contentType, String cacheControl, String fileName)
            throws IOException {
        BlobStore.BlobInfo info = store.info(key).orElseThrow(Problem::notFound);
        long size = info.size();
        String etag = etag(key, size);
        boolean notModified = matches(ctx.header("If-None-Match"), etag);
        ByteRange range = notModified ? null : rangeToServe(ctx, etag, size);
        boolean partial = range != null && range != ByteRange.UNSATISFIABLE;
        long offset = partial ? range.first() : 0;
        long length = partial ? range.length() : size;
        boolean withBody = !notModified && range != ByteRange.UNSATISFIABLE && !isHead(ctx) && length > 0;
        // opened before any header is set, so a blob removed since it was looked up is a plain 404
        InputStream body = withBody ? store.open(key, offset, length).orElseThrow(Problem::notFound) : null;
        try (body) {
            ctx.header("Content-Type", contentType != null ? contentType : info.contentType());
            if (cacheControl != null) ctx.header("Cache-Control", cacheControl);
            ctx.header("Content-Disposition", disposition(fileName));
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("Accept-Ranges", "bytes");
            ctx.header("ETag", etag);
            if (notModified) {
                ctx.status(304);
                return;
            }
            if (range == ByteRange.UNSATISFIABLE) {
                ctx.header("Content-Range", "bytes */" + size);
                ctx.status(416);
                ctx.res().setContentLengthLong(0);
                return;
            }
            if (partial) {
                ctx.status(206);
                ctx.header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
            } else {
                ctx.status(200);
            }
            ctx.res().setContentLengthLong(length);
            if (body != null) {
                OutputStream out = ctx.res().getOutputStream();
                body.transferTo(out);
                out.flush();
            }
        }
    }

    /** The range the request asks for and may have, null for the whole file. */
    private static ByteRange rangeToServe(Context ctx, String etag, long size) {
        String range = ctx.header("Range");
        if (range == null) return null;
        String ifRange = ctx.header("If-Range");
        if (ifRange != null && !ifRange.trim().equals(etag)) return null;
        return ByteRange.parse(range, size);
    }

    private static boolean isHead(Context ctx) {
        return ctx.method() == HandlerType.HEAD || ctx.attribute(ResponseBasics.WAS_HEAD) != null;
    }

    /** True when an If-None-Match list names this tag (weakly) or is "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) t = t.substring(2);
            if (t.equals("*") || t.equals(etag)) return true;
        }
        return false;
    }

    /** A strong tag from the key and the size: a key's bytes are written once and never changed. */
    static String etag(String key, long size) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((key + ":" + size).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String disposition(String fileName) {
        String safe = safeName(fileName);
        return safe == null ? "inline" : "inline; filename=\"" + safe + "\"";
    }

    /** The name with all but [A-Za-z0-9._-] taken out and no leading dots; null when nothing is left. */
    static String safeName(String fileName) {
        if (fileName == null) return null;
        String s = fileName.replaceAll("[^A-Za-z0-9._-]", "").replaceFirst("^\\.+", "");
        if (s.length() > 100) s = s.substring(s.length() - 100);
        return s.isEmpty() ? null : s;
    }
}
