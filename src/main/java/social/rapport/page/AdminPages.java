package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.ApproveAccount;
import social.rapport.account.InstanceRules;
import social.rapport.account.ListAccounts;
import social.rapport.account.SessionViewers;
import social.rapport.account.SetRegistrationMode;
import social.rapport.account.SetRole;
import social.rapport.account.SignedOutAccess;
import social.rapport.account.SuspendAccount;
import social.rapport.core.Problem;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The administrator's pages: registration mode, what signed-out visitors may do, and accounts (approve, set role). The services refuse
 * anyone but an administrator with "not found", so to everyone else these pages do not exist.
 */
public final class AdminPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("settings-saved", "The settings are saved."),
            Map.entry("account-approved", "The account is approved."),
            Map.entry(
                    "account-suspended", "The account is suspended: it cannot sign in, and nothing it wrote is shown."),
            Map.entry("account-unsuspended", "The suspension is lifted."),
            Map.entry("role-changed", "The role is changed.")));

    private final Pages pages;
    private final ListAccounts list;
    private final ApproveAccount approve;
    private final SetRole setRole;
    private final SetRegistrationMode registration;
    private final SuspendAccount suspend;
    private final SignedOutAccess signedOut;
    private final InstanceRules rules;

    public AdminPages(
            Pages pages,
            ListAccounts list,
            ApproveAccount approve,
            SetRole setRole,
            SetRegistrationMode registration,
            SuspendAccount suspend,
            SignedOutAccess signedOut,
            InstanceRules rules) {
        this.rules = rules;
        this.signedOut = signedOut;
        this.pages = pages;
        pages.declare(NOTICES);
        this.list = list;
        this.approve = approve;
        this.setRole = setRole;
        this.registration = registration;
        this.suspend = suspend;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(
                "/admin/settings",
                ctx -> showSettings(
                        ctx, 200, Form.EMPTY, registration.current(actor(ctx)).wire()));
        r.post("/admin/settings", ctx -> {
            Account me = actor(ctx);
            String mode = Params.of(ctx).string("registration");
            try {
                registration.set(me, mode);
            } catch (Problem e) {
                if (e.status() == 404) throw e;
                showSettings(
                        ctx,
                        e.status(),
                        Form.EMPTY.with(e),
                        registration.current(me).wire());
                return;
            }
            Pages.seeOther(ctx, "/admin/settings", "settings-saved");
        });
        // Both boxes are on the form, so an unticked one (which the browser does not send) means no.
        r.post("/admin/settings/visitors", ctx -> {
            Account me = actor(ctx);
            Params p = Params.of(ctx);
            signedOut.set(
                    me != null && me.admin(),
                    Boolean.TRUE.equals(p.bool("signed_out_profiles")),
                    Boolean.TRUE.equals(p.bool("signed_out_search")));
            Pages.seeOther(ctx, "/admin/settings", "settings-saved");
        });
        // The rules come one a line from the textarea; both fields are saved together or not at all.
        r.post("/admin/settings/rules", ctx -> {
            Account me = actor(ctx);
            boolean admin = me != null && me.admin();
            Params p = Params.of(ctx);
            String text = p.string("rules", "");
            String about = p.string("extended_description", "");
            try {
                rules.set(admin, text.lines().toList(), about);
            } catch (Problem e) {
                if (e.status() == 404) throw e;
                showSettings(
                        ctx,
                        e.status(),
                        Form.EMPTY.with(e),
                        registration.current(me).wire(),
                        text,
                        about);
                return;
            }
            Pages.seeOther(ctx, "/admin/settings", "settings-saved");
        });
        r.get("/admin/accounts", this::accounts);
        r.post("/admin/accounts/{id}/approve", ctx -> {
            approve.approve(actor(ctx), Web.accountId(ctx, "id"));
            Pages.seeOther(ctx, "/admin/accounts", "account-approved");
        });
        r.post("/admin/accounts/{id}/role", ctx -> {
            setRole.byAdmin(actor(ctx), Web.accountId(ctx, "id"), Params.of(ctx).string("role"));
            Pages.seeOther(ctx, "/admin/accounts", "role-changed");
        });
        r.post("/admin/accounts/{id}/suspend", ctx -> {
            suspend.suspend(actorId(ctx), Web.accountId(ctx, "id"));
            Pages.seeOther(ctx, "/admin/accounts", "account-suspended");
        });
        r.post("/admin/accounts/{id}/unsuspend", ctx -> {
            suspend.unsuspend(actorId(ctx), Web.accountId(ctx, "id"));
            Pages.seeOther(ctx, "/admin/accounts", "account-unsuspended");
        });
    }

    /** The signed-in person, or null for nobody; the services decide whether they may. */
    private static Account actor(Context ctx) {
        return BrowserSessions.current(ctx).map(SessionViewers.Found::account).orElse(null);
    }

    private static int actorId(Context ctx) {
        Account a = actor(ctx);
        return a == null ? 0 : a.id();
    }

    private void showSettings(Context ctx, int status, Form form, String mode) {
        showSettings(
                ctx,
                status,
                form,
                mode,
                String.join(
                        "\n",
                        rules.rules().stream().map(InstanceRules.Rule::text).toList()),
                rules.about().text());
    }

    private void showSettings(Context ctx, int status, Form form, String mode, String ruleLines, String about) {
        Account me = actor(ctx);
        pages.render(
                ctx,
                status,
                "admin/settings.jte",
                "Registrations",
                Map.of(
                        "form",
                        form,
                        "registration",
                        mode,
                        "visitors",
                        signedOut.current(me != null && me.admin()),
                        "rules",
                        ruleLines,
                        "about",
                        about));
    }

    private void accounts(Context ctx) {
        Integer before = Params.query(ctx).integer("before");
        List<Account> page = list.list(actor(ctx), before == null ? 0 : before);
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", page);
        model.put(
                "older",
                page.size() == ListAccounts.PAGE ? page.get(page.size() - 1).id() : null);
        pages.render(ctx, "admin/accounts.jte", "Accounts", model);
    }
}
