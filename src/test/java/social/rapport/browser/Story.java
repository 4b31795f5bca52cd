package social.rapport.browser;

import social.rapport.testing.Scene;
import social.rapport.testing.TestUsers;

/**
 * The browser tests' words for setting a scene, over the harness's {@link Scene}: people as plain ids,
 * connections made with a note, and signing in through the page as a person would.
 */
final class Story {
    private final Scene scene;

    Story(Scene scene) {
        this.scene = scene;
    }

    int person(String handle) {
        return scene.person(handle).id();
    }

    int admin(String handle) {
        return scene.person(handle, "admin").id();
    }

    void connect(int a, int b) {
        scene.connect(a, b, "Hello", "colleague");
    }

    long circle(int owner, String name) {
        return scene.circle(owner, name);
    }

    void putInCircle(int owner, String circle, int member) {
        scene.putInCircle(owner, circle, member);
    }

    long post(int author, String text, String audience) {
        return scene.post(author, text, audience);
    }

    long reply(int author, long to, String text, String audience) {
        return scene.reply(author, to, text, audience);
    }

    void lock(int account) {
        scene.lock(account);
    }

    /** Signs in through the sign-in page, as the person would. */
    static Browser signIn(Browser b, String handle) {
        b.open("/auth/sign_in").fill("#login", handle).fill("#password", TestUsers.PASSWORD);
        b.click("main form button[type=submit]");
        b.waitFor("form.who");
        return b;
    }
}
