package social.rapport.core;

import java.util.Map;

/**
 * A failure the client caused or must be told about. Every layer throws these; the web layer turns
 * them into Mastodon-style {"error": "..."} answers with the status they carry.
 */
public class Problem extends RuntimeException {
    private final int status;
    private final Map<String, String> fields;
    private final long retryAfterSeconds;

    private Problem(int status, String message, Map<String, String> fields, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The one answer for a missing object and for an object the caller may not see. */
    public static Problem notFound() {
        return new Problem(404, "Record not found", null, 0);
    }

    public static Problem badRequest(String message) {
        return new Problem(400, message, null, 0);
    }

    public static Problem unauthorized(String message) {
        return new Problem(401, message, null, 0);
    }

    public static Problem forbidden(String message) {
        return new Problem(403, message, null, 0);
    }

    public static Problem conflict(String field, String message) {
        return new Problem(422, "Validation failed: " + message, Map.of(field, message), 0);
    }

    public static Problem invalid(String field, String message) {
        return new Problem(422, "Validation failed: " + message, Map.of(field, message), 0);
    }

    public static Problem invalid(Map<String, String> fields) {
        return new Problem(422, "Validation failed: " + String.join(", ", fields.values()), fields, 0);
    }

    /** A plain 422 whose message is meant for the person, such as a screening refusal. */
    public static Problem unprocessable(String message) {
        return new Problem(422, message, null, 0);
    }

    public static Problem tooMany(long retryAfterSeconds) {
        return new Problem(429, "Too many requests", null, Math.max(1, retryAfterSeconds));
    }

    public static Problem tooMany(String message, long retryAfterSeconds) {
        return new Problem(429, message, null, Math.max(1, retryAfterSeconds));
    }

    /** The server is at capacity for this kind of work; the client may try again after a moment. */
    public static Problem busy(long retryAfterSeconds) {
        return new Problem(503, "The server is busy, try again shortly", null, Math.max(1, retryAfterSeconds));
    }

    public static Problem payloadTooLarge() {
        return new Problem(413, "Request body too large", null, 0);
    }

    /** A 413 that says which limit was passed (an upload larger than its kind may be). */
    public static Problem payloadTooLarge(String message) {
        return new Problem(413, message, null, 0);
    }
}
