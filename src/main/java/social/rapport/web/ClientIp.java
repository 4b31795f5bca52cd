package social.rapport.web;

import io.javalin.http.Context;

/**
 * The address a request came from. Behind a trusted reverse proxy it is the last address the proxy
 * appended to X-Forwarded-For; otherwise any such header is ignored, since a client can write it.
 */
public final class ClientIp {
    private ClientIp() {}

    public static String of(Context ctx, boolean trustProxy) {
        if (trustProxy) {
            String xff = ctx.header("X-Forwarded-For");
            if (xff != null && !xff.isBlank()) {
                String[] parts = xff.split(",");
                String last = parts[parts.length - 1].trim();
                if (!last.isEmpty() && last.length() <= 64) return last;
            }
        }
        return ctx.ip();
    }
}
