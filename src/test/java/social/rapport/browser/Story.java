package social.rapport.browser;

import java.util.List;
import social.rapport.account.UpdateProfile;
import social.rapport.app.App;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.status.PostStatus;
import social.rapport.testing.TestUsers;

/** Setting the scene for browser tests through the same services the pages call. */
final class Story {
    private final App app;

    Story(App app) {
        this.app = app;
    }

    int person(String handle) {
        return TestUsers.create(app, handle).id();
    }

    int admin(String handle) {
        return TestUsers.create(app, handle, "admin").id();
    }

    void connect(int a, int b) {
        var inv = app.relations().sendInvitation().send(a, new SendInvitation.Request(b, "Hello", "colleague", null));
        if (inv.invitation().state().equals("pending"))
            app.relations().acceptInvitation().accept(b, inv.invitation().id());
    }

    long circle(int owner, String name) {
        return app.relations().listCircles().list(owner).stream()
                .filter(c -> c.name().equals(name))
                .map(Circle::id)
                .findFirst()
                .orElseThrow();
    }

    void putInCircle(int owner, String circle, int member) {
        app.relations().addToCircle().add(owner, circle(owner, circle), List.of(member));
    }

    long post(int author, String text, String audience) {
        return app.posts()
                .services()
                .post()
                .post(
                        author,
                        new PostStatus.Request(
                                text, null, null, false, null, null, List.of(audience), List.of(), null, null, null))
                .id();
    }

    void lock(int account) {
        app.updateProfile().update(account, new UpdateProfile.Changes(null, null, true, null));
    }

    /** Signs in through the sign-in page, as the person would. */
    static Browser signIn(Browser b, String handle) {
        b.open("/auth/sign_in").fill("#login", handle).fill("#password", TestUsers.PASSWORD);
        b.click("main form button[type=submit]");
        b.waitFor("form.who");
        return b;
    }
}
