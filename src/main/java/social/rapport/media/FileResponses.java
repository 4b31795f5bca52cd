package social.rapport.media;

import io.javalin.http.Context;
import java.io.InputStream;
import java.util.Optional;
import social.rapport.media.store.BlobStore;

/** Sends a stored file. False when the store has no such blob (the caller answers 404). */
final class FileResponses {
    private FileResponses() {}

    static boolean send(
            Context ctx, BlobStore store, String key, String contentType, String cacheControl, String fileName) {
        Optional<BlobStore.BlobInfo> info = store.info(key);
        if (info.isEmpty()) return false;
        Optional<InputStream> in = store.open(key, 0, -1);
        if (in.isEmpty()) return false;
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        ctx.contentType(contentType);
        ctx.result(in.get());
        return true;
    }
}
