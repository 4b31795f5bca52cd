package social.rapport.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import social.rapport.files.BlobResponses;
import social.rapport.web.Routes;

/**
 * The media files: `/media/{key}/{file}`, with `viewer`, `expires` and `sig` when the address was
 * signed for a viewer. Anything not served (unknown, tampered, expired, or a post the viewer may no
 * longer see) answers the same 404, byte for byte.
 */
public final class MediaFileRoutes implements Routes {
    /** Stable addresses may be kept by caches a day; they stop working at the server at once. */
    static final long STABLE_MAX_AGE = 24 * 3600;

    private final ServeMedia serve;

    public MediaFileRoutes(ServeMedia serve) {
        this.serve = serve;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/media/{key}/{name}", ctx -> {
            var found = serve.find(
                    ctx.pathParam("key"),
                    ctx.pathParam("name"),
                    new ServeMedia.Signature(
                            ctx.queryParam("viewer"), ctx.queryParam("expires"), ctx.queryParam("sig")));
            if (found.isEmpty()) {
                missing(ctx);
                return;
            }
            ServeMedia.Found f = found.get();
            String cache = f.stable()
                    ? "public, max-age=" + STABLE_MAX_AGE + ", immutable"
                    : "private, max-age=" + Math.min(f.secondsLeft(), MediaSigner.VALID_SECONDS);
            if (serve.blobs().info(f.blobKey()).isEmpty()) {
                missing(ctx);
                return;
            }
            // Ranges (video), ETag and HEAD; `inline` with a name made of safe characters only. A file is
            // bytes: the server's default text charset must not be added to its type.
            ctx.res().setCharacterEncoding(null);
            BlobResponses.send(ctx, serve.blobs(), f.blobKey(), f.contentType(), cache, f.fileName());
        });
    }

    static void missing(Context ctx) {
        ctx.status(404)
                .header("Cache-Control", "no-store")
                .contentType("text/plain; charset=utf-8")
                .result("Not found\n");
    }
}
