package social.rapport.web;

import io.javalin.http.Context;
import io.javalin.http.util.MultipartUtil;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import social.rapport.core.Problem;

/**
 * Refuses oversized bodies and text bodies that are not valid UTF-8, before any handler reads them.
 * A multipart form is parsed here, once, by the servlet container (not read as raw bytes, which would
 * leave its parts unreadable afterwards), under the same size limit; a malformed one is a 400. The
 * upload routes ({@link UploadLimit}) take larger multipart bodies, their files spooled to disk.
 */
final class BodyChecks {
    static final long MAX_BODY = 1024 * 1024;
    /** The whole multipart body, files included; parts are kept in memory, never written to disk. */
    static final MultipartConfigElement MULTIPART =
            new MultipartConfigElement(System.getProperty("java.io.tmpdir"), MAX_BODY, MAX_BODY, (int) MAX_BODY + 1);

    private BodyChecks() {}

    static void check(Context ctx) {
        check(ctx, UploadLimit.NONE);
    }

    static void check(Context ctx, UploadLimit uploads) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        boolean upload = uploads.covers(ctx) && type.startsWith("multipart/form-data");
        long max = upload ? uploads.maxRequest() : MAX_BODY;
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                // Refused by its length before a byte is read: a client that sent `Expect: 100-continue`
                // gets this answer instead of being told to go on.
                if (Long.parseLong(length.trim()) > max) throw tooLarge(upload, uploads);
            } catch (NumberFormatException e) {
                throw Problem.badRequest("Invalid Content-Length");
            }
        }
        if (type.startsWith("multipart/form-data")) {
            try {
                checkMultipart(ctx, upload ? uploads.multipart() : MULTIPART, max);
            } catch (Problem p) {
                throw p.status() == 413 ? tooLarge(upload, uploads) : p;
            }
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY) throw Problem.payloadTooLarge();
        if (body.length > 0 && !type.startsWith("multipart/") && !isUtf8(body)) {
            throw Problem.badRequest("The request body is not valid UTF-8");
        }
        if (type.startsWith("application/x-www-form-urlencoded") && !isFormEncoding(body)) {
            throw Problem.badRequest("The request body is not valid form encoding");
        }
    }

    /**
     * Parses the parts now so that every later reader (parameters, the CSRF check, pages) gets them
     * from the container's cache. Text fields must be UTF-8; file parts are kept for whoever wants them.
     */
    private static void checkMultipart(Context ctx, MultipartConfigElement config, long max) {
        ctx.req().setAttribute(MultipartUtil.MULTIPART_CONFIG_ATTRIBUTE, config);
        try {
            long total = 0;
            for (Part part : ctx.req().getParts()) {
                total += part.getSize();
                if (total > max) throw Problem.payloadTooLarge();
                if (part.getSubmittedFileName() != null) continue;
                // A field is text read into memory: never more than the usual limit, whatever the route.
                if (part.getSize() > MAX_BODY) throw Problem.payloadTooLarge();
                try (var in = part.getInputStream()) {
                    if (!isUtf8(in.readAllBytes())) throw Problem.badRequest("A form field is not valid UTF-8");
                }
            }
        } catch (Problem p) {
            throw p;
        } catch (Exception e) {
            if (tooLarge(e)) throw Problem.payloadTooLarge();
            throw Problem.badRequest("The request body is not a valid multipart form");
        }
    }

    private static Problem tooLarge(boolean upload, UploadLimit uploads) {
        if (!upload) return Problem.payloadTooLarge();
        return Problem.payloadTooLarge(
                "The file is larger than " + uploads.maxBytes() / (1024 * 1024) + " MB, the most this server takes");
    }

    /** The container names an exceeded limit only in its message. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase();
            if (m.contains("exceed")
                    || m.contains("too large")
                    || m.contains("max file size")
                    || m.contains("max request size")) {
                return true;
            }
        }
        return false;
    }

    /** Every % must start an escape of two hex digits; the form parser would otherwise drop such fields silently. */
    static boolean isFormEncoding(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] != '%') continue;
            if (i + 2 >= body.length || Character.digit(body[i + 1], 16) < 0 || Character.digit(body[i + 2], 16) < 0) {
                return false;
            }
            i += 2;
        }
        return true;
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
