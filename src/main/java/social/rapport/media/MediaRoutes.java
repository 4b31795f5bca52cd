package social.rapport.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * Mastodon's media API: uploads (v1 waits for processing; v2 answers 202 for video, audio and GIFs
 * still processing), and one's own uploads shown, described and deleted. Auth, parse, one call, render.
 */
public final class MediaRoutes implements Routes {
    /** The paths that take large bodies (their files spooled to disk), for the server's body checks. */
    public static final java.util.Set<String> UPLOAD_PATHS = java.util.Set.of("/api/v1/media", "/api/v2/media");

    private final UploadMedia upload;
    private final OwnMedia own;
    private final Clock clock;

    public MediaRoutes(UploadMedia upload, OwnMedia own, Clock clock) {
        this.upload = upload;
        this.own = own;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/media", ctx -> {
            Viewer v = Web.user(ctx, "write:media");
            Attachment a = upload.upload(v.accountId(), read(ctx), false);
            ctx.json(own.render(a, clock.millis()));
        });
        r.post("/api/v2/media", ctx -> {
            Viewer v = Web.user(ctx, "write:media");
            Attachment a = upload.upload(v.accountId(), read(ctx), true);
            ctx.status(a.state() == Attachment.State.PROCESSING ? 202 : 200).json(own.render(a, clock.millis()));
        });
        r.get("/api/v1/media/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:media");
            answer(ctx, own.show(v.accountId(), Web.longId(ctx, "id")));
        });
        r.put("/api/v1/media/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:media");
            Params p = Params.of(ctx);
            answer(ctx, own.update(v.accountId(), Web.longId(ctx, "id"), p.string("description"), p.string("focus")));
        });
        r.delete("/api/v1/media/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:media");
            ctx.json(own.render(own.delete(v.accountId(), Web.longId(ctx, "id")), clock.millis()));
        });
    }

    /** As Mastodon: 206 while processing, 422 with the reason when it failed, 200 when ready. */
    private void answer(Context ctx, Attachment a) {
        if (a.state() == Attachment.State.FAILED) {
            ctx.status(422).json(Map.of("error", a.error() == null ? "The file could not be processed" : a.error()));
            return;
        }
        ctx.status(a.state() == Attachment.State.PROCESSING ? 206 : 200).json(own.render(a, clock.millis()));
    }

    /**
     * The `file` part, copied to a temporary file of our own (the container's goes with the request,
     * and a background worker may need it longer), with `description` and `focus`. `thumbnail`, a
     * custom preview for video and audio, is not taken: the preview is always made from the file.
     */
    private static UploadMedia.Upload read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (!type.startsWith("multipart/form-data")) throw Problem.invalid("file", "file is missing");
        Params p = Params.of(ctx);
        Part part;
        try {
            part = ctx.req().getPart("file");
        } catch (Exception e) {
            throw Problem.badRequest("The request body is not a valid multipart form");
        }
        if (part == null || part.getSubmittedFileName() == null) throw Problem.invalid("file", "file is missing");
        Path spool = null;
        try {
            spool = Files.createTempFile("rapport-upload", ".bin");
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (spool != null) spool.toFile().delete();
            throw new IllegalStateException("cannot keep the upload", e);
        }
        return new UploadMedia.Upload(
                spool, part.getContentType(), part.getSubmittedFileName(), p.string("description"), p.string("focus"));
    }
}
