package social.rapport.page;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.mail.Mailer;
import social.rapport.web.Routes;

/**
 * The administrators' view of outgoing mail: with no SMTP server configured, the mails written to
 * the data folder (newest first), so that a first start works end to end; otherwise how many wait.
 */
public final class MailPages implements Routes {
    static final int SHOWN = 100;
    private final Pages pages;
    private final Mailer mailer;

    public MailPages(Pages pages, Mailer mailer) {
        this.pages = pages;
        this.mailer = mailer;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/admin/mail", SignedIn.page((ctx, me) -> {
            if (!me.account().admin()) throw Problem.notFound();
            pages.render(
                    ctx,
                    "admin/mail.jte",
                    "Outgoing mail",
                    Map.of("smtp", mailer.smtp(), "written", mailer.written(SHOWN), "waiting", mailer.waiting()));
        }));
    }
}
