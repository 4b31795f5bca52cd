package social.rapport.account.avatar;

import io.javalin.http.Context;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.ProfileImages.Kind;

/**
 * The `avatar` and `header` file parts of a multipart request (as apps send them to
 * update_credentials, and the settings page's form), each made into its served image. Every part is
 * checked before any is kept: one bad file is a 422 and the others are discarded too.
 */
public final class UploadedImages {
    private UploadedImages() {}

    public static List<ChangeProfileImages.Prepared> prepare(Context ctx, ChangeProfileImages images) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (!type.startsWith("multipart/form-data")) return List.of();
        List<ChangeProfileImages.Prepared> out = new ArrayList<>();
        try {
            for (Kind kind : Kind.values()) {
                String field = kind == Kind.AVATAR ? "avatar" : "header";
                Part part = ctx.req().getPart(field);
                // A form's empty file input is sent as a part with an empty name and no bytes: nothing chosen.
                if (part == null || part.getSubmittedFileName() == null) continue;
                if (part.getSize() == 0 && part.getSubmittedFileName().isEmpty()) continue;
                try (InputStream in = part.getInputStream()) {
                    out.add(images.prepare(kind, field, in, part.getSize()));
                }
            }
            return out;
        } catch (IOException | jakarta.servlet.ServletException e) {
            out.forEach(ChangeProfileImages::discard);
            throw new UncheckedIOException(new IOException(e));
        } catch (RuntimeException e) {
            out.forEach(ChangeProfileImages::discard);
            throw e;
        }
    }
}
