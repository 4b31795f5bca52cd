package social.rapport.account.avatar;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.regex.Pattern;
import social.rapport.account.DefaultFaces;
import social.rapport.account.ProfileImages;
import social.rapport.account.ProfileImages.Kind;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.files.BlobResponses;
import social.rapport.files.BlobStore;
import social.rapport.store.Database;
import social.rapport.web.Web;

/**
 * The images of profiles. Generated ones (`/avatars/default/…`, `/headers/default/…`) show only what
 * their address says and are public. An uploaded one is served to a signed-out visitor when such a
 * visitor may see its owner's profile; otherwise only with a valid signature (the address the viewer
 * was handed with the account) or to a signed-in browser that may see the owner. Anything else is
 * the same 404 as a file that does not exist.
 */
public final class ProfileImageRoutes implements social.rapport.web.Routes {
    private static final Pattern FILE = Pattern.compile("[0-9a-f]{32}\\.(png|jpg|webp|gif)");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Database db;
    private final BlobStore blobs;
    private final AudiencePolicy policy;
    private final FaceRenderer faces;
    private final ProfileImageStore store = new ProfileImageStore();

    public ProfileImageRoutes(Database db, BlobStore blobs, AudiencePolicy policy, FaceRenderer faces) {
        this.db = db;
        this.blobs = blobs;
        this.policy = policy;
        this.faces = faces;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/avatars/default/{spec}", this::defaultAvatar);
        r.get("/headers/default/{spec}", this::defaultHeader);
        r.get("/avatars/{file}", ctx -> uploaded(ctx, Kind.AVATAR));
        r.get("/headers/{file}", ctx -> uploaded(ctx, Kind.HEADER));
    }

    private void defaultAvatar(Context ctx) {
        String spec = ctx.pathParam("spec");
        if (!spec.endsWith(".png")) throw Problem.notFound();
        DefaultFaces.Face face = DefaultFaces.parse(spec.substring(0, spec.length() - 4));
        if (face == null) throw Problem.notFound();
        png(ctx, faces.avatar(face));
    }

    private void defaultHeader(Context ctx) {
        String spec = ctx.pathParam("spec");
        if (!spec.endsWith(".png")) throw Problem.notFound();
        int colour = DefaultFaces.parseColour(spec.substring(0, spec.length() - 4));
        if (colour < 0) throw Problem.notFound();
        png(ctx, faces.header(colour));
    }

    /** A generated image: its address says everything it shows, so caches keep it for good. */
    private static void png(Context ctx, byte[] body) {
        ctx.header("Cache-Control", IMMUTABLE).contentType("image/png");
        // An image has no character set (the server's default one would be named otherwise).
        ctx.res().setCharacterEncoding(null);
        ctx.result(body);
    }

    private void uploaded(Context ctx, Kind kind) throws IOException {
        String file = ctx.pathParam("file");
        if (!FILE.matcher(file).matches()) throw Problem.notFound();
        ProfileImageStore.Owner owner = db.read(h -> store.owner(h, kind, file)).orElseThrow(Problem::notFound);
        String cache = whoMaySee(ctx, file, owner);
        BlobResponses.send(ctx, blobs, ChangeProfileImages.key(kind, file), null, cache, file);
    }

    /** The Cache-Control for a viewer allowed to load the file; 404 for anyone else. */
    private String whoMaySee(Context ctx, String file, ProfileImageStore.Owner owner) {
        if (policy.canSeeAccount(0, owner.accountId())) return "public, max-age=86400";
        Viewer v = Web.viewer(ctx);
        if (v.signedIn() && policy.canFindToManage(v.accountId(), owner.accountId())) return "private, max-age=86400";
        boolean signed = ProfileImages.valid(
                owner.secret(), file, ctx.queryParam("expires"), ctx.queryParam("sig"), System.currentTimeMillis());
        if (signed && policy.relations().visibleAccount(owner.accountId())) return "private, max-age=86400";
        throw Problem.notFound();
    }
}
