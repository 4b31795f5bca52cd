package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.ProfileImages;
import social.rapport.account.avatar.ChangeProfileImages;
import social.rapport.account.avatar.UploadedImages;
import social.rapport.core.Problem;

/**
 * One's avatar and header: each shown as it is now, a file input to replace it and a button to go
 * back to the generated one. A plain multipart form (no script); a bad file shows the form again with
 * a 422 and changes nothing.
 */
public final class ProfileImagePages implements social.rapport.web.Routes {
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("images-saved", "Your pictures are saved."),
            Map.entry("avatar-removed", "Your avatar is back to the generated one."),
            Map.entry("header-removed", "Your header is back to the generated one.")));

    private final Pages pages;
    private final ChangeProfileImages images;

    public ProfileImagePages(Pages pages, ChangeProfileImages images) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.images = images;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/settings/images", SignedIn.page((ctx, me) -> show(ctx, 200, me.account(), Form.EMPTY)));
        r.post("/settings/images", SignedIn.page((ctx, me) -> {
            List<ChangeProfileImages.Prepared> uploads;
            try {
                uploads = UploadedImages.prepare(ctx, images);
            } catch (Problem e) {
                if (e.status() != 422) throw e;
                show(ctx, 422, me.account(), Form.EMPTY.with(e));
                return;
            }
            images.apply(me.account().id(), uploads);
            Pages.seeOther(ctx, "/settings/images", "images-saved");
        }));
        r.post("/settings/images/avatar/remove", SignedIn.page((ctx, me) -> {
            images.remove(me.account().id(), ProfileImages.Kind.AVATAR);
            Pages.seeOther(ctx, "/settings/images", "avatar-removed");
        }));
        r.post("/settings/images/header/remove", SignedIn.page((ctx, me) -> {
            images.remove(me.account().id(), ProfileImages.Kind.HEADER);
            Pages.seeOther(ctx, "/settings/images", "header-removed");
        }));
    }

    private void show(Context ctx, int status, Account a, Form form) {
        long now = System.currentTimeMillis();
        pages.render(
                ctx,
                status,
                "settings/images.jte",
                "Avatar and header",
                Map.of(
                        "form",
                        form,
                        "avatar",
                        ProfileImages.avatar(a, "", now),
                        "header",
                        ProfileImages.header(a, "", now),
                        "uploadedAvatar",
                        a.avatarFile() != null,
                        "uploadedHeader",
                        a.headerFile() != null));
    }
}
