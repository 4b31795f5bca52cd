package social.rapport.emoji;

import io.javalin.config.RoutesConfig;
import java.util.regex.Pattern;
import social.rapport.core.Problem;
import social.rapport.files.BlobResponses;
import social.rapport.files.BlobStore;
import social.rapport.web.Routes;

/** `GET /api/v1/custom_emojis` (anyone) and the emoji images, public at addresses that never change. */
public final class EmojiRoutes implements Routes {
    private static final Pattern FILE = Pattern.compile("[0-9a-f]{32}\\.png");
    private final CustomEmojis emojis;
    private final BlobStore blobs;

    public EmojiRoutes(CustomEmojis emojis, BlobStore blobs) {
        this.emojis = emojis;
        this.blobs = blobs;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/custom_emojis", ctx -> ctx.json(emojis.all()));
        r.get("/emoji/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!FILE.matcher(file).matches()) throw Problem.notFound();
            BlobResponses.send(ctx, blobs, "emoji/" + file, "image/png", "public, max-age=31536000, immutable", file);
        });
    }
}
