package social.rapport.page;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.media.OwnMedia;
import social.rapport.media.UploadMedia;
import social.rapport.web.Params;

/**
 * The composer's attachments, for the pages that post. Without JavaScript the form carries the files
 * (`media`, with `description[i]` for the i-th): they are uploaded when the post is sent, each through
 * the same upload service as the API's. With JavaScript each file is uploaded at once to
 * `POST /compose/media` (JSON, the page's CSRF token in the form), and the post carries their ids
 * (`media_ids[]`) and descriptions (`media_descriptions[]`) in the order the person chose.
 */
final class ComposerMedia {
    static final String UPLOAD_PATH = "/compose/media";
    /** Mastodon's limit: four images, or one video or audio file (the media service checks the kinds). */
    static final int MAX = 4;

    private final UploadMedia upload;
    private final OwnMedia own;

    ComposerMedia(UploadMedia upload, OwnMedia own) {
        this.upload = upload;
        this.own = own;
    }

    /**
     * The uploads a post carries, in order: first the ones uploaded already (their descriptions set
     * as the form says), then the files the form itself carries, uploaded now. A problem names the
     * field `media`, so the form shows it beside the file picker.
     */
    List<String> fromForm(Context ctx, int account) {
        Params p = Params.of(ctx);
        List<String> ids = p.list("media_ids");
        List<String> descriptions = p.list("media_descriptions");
        List<UploadedFile> files = ctx.uploadedFiles("media").stream()
                .filter(f ->
                        f.size() > 0 && f.filename() != null && !f.filename().isBlank())
                .toList();
        if (ids.size() + files.size() > MAX) {
            throw Problem.invalid("media", "A post can have up to 4 images, or 1 video or audio file.");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) continue;
            long parsed = Ids.parse(id);
            String description = i < descriptions.size() ? descriptions.get(i) : null;
            try {
                if (parsed <= 0) throw Problem.notFound();
                own.update(account, parsed, description == null ? "" : description, null);
            } catch (Problem e) {
                throw named(e, "An attached file");
            }
            out.add(id.trim());
        }
        for (int i = 0; i < files.size(); i++) {
            UploadedFile f = files.get(i);
            String description = p.string("description[" + i + "]");
            out.add(Long.toString(store(account, f, description)));
        }
        return out;
    }

    /** `POST /compose/media`: one file, answered as JSON (the upload's id and preview) or `{"error": …}`. */
    void uploadRoute(Context ctx, SessionViewers.Found me) {
        UploadedFile f = ctx.uploadedFile("file");
        try {
            if (f == null || f.size() == 0) throw Problem.invalid("media", "Choose a file to attach.");
            long id = store(me.account().id(), f, Params.of(ctx).string("description"));
            var entity = own.render(own.show(me.account().id(), id), System.currentTimeMillis());
            ctx.status(200).json(Map.of("id", entity.id(), "type", entity.type(), "preview_url", orEmpty(entity)));
        } catch (Problem e) {
            // store() names the file already; a problem from elsewhere is named here.
            Problem shown = e.fields().containsKey("media") ? e : named(e, f == null ? "The file" : f.filename());
            ctx.status(shown.status()).json(Map.of("error", shown.fields().getOrDefault("media", shown.getMessage())));
        }
    }

    private static String orEmpty(social.rapport.media.MediaEntity e) {
        return e.previewUrl() == null ? "" : e.previewUrl();
    }

    private long store(int account, UploadedFile f, String description) {
        Path tmp;
        try {
            tmp = Files.createTempFile("rapport-upload", ".part");
            try (InputStream in = f.content()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep an upload", e);
        }
        try {
            return upload.upload(
                            account,
                            new UploadMedia.Upload(tmp, f.contentType(), f.filename(), description, null),
                            false)
                    .id();
        } catch (Problem e) {
            throw named(e, f.filename());
        }
    }

    /** A problem of posting as the form shows it: the post's media (`media_ids`) are the picker's (`media`). */
    static Problem onForm(Problem e) {
        String m = e.fields().get("media_ids");
        if (m == null) return e;
        Map<String, String> fields = new java.util.LinkedHashMap<>(e.fields());
        fields.remove("media_ids");
        fields.put("media", m);
        return Problem.invalid(fields);
    }

    /** The service's problem as the form shows it: under `media`, saying which file it was about. */
    private static Problem named(Problem e, String file) {
        String why = e.fields().isEmpty()
                ? e.getMessage()
                : String.join(" ", e.fields().values());
        if (e.status() == 404) why = "It is not one of your uploads.";
        String message = file + ": " + why;
        Problem p = Problem.invalid("media", message);
        return e.status() == 413 ? Problem.payloadTooLarge(message) : p;
    }
}
