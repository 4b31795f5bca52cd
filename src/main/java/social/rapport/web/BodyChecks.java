package social.rapport.web;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import social.rapport.core.Problem;

/** Refuses oversized bodies and text bodies that are not valid UTF-8, before any handler reads them. */
final class BodyChecks {
    static final long MAX_BODY = 1024 * 1024;

    private BodyChecks() {}

    static void check(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY) throw Problem.payloadTooLarge();
            } catch (NumberFormatException e) {
                throw Problem.badRequest("Invalid Content-Length");
            }
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY) throw Problem.payloadTooLarge();
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (body.length > 0 && !type.startsWith("multipart/") && !isUtf8(body)) {
            throw Problem.badRequest("The request body is not valid UTF-8");
        }
        if (type.startsWith("application/x-www-form-urlencoded") && !isFormEncoding(body)) {
            throw Problem.badRequest("The request body is not valid form encoding");
        }
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
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
