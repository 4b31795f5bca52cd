package social.rapport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import social.rapport.account.UpdateProfile;
import social.rapport.app.App;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.status.PostStatus;
import social.rapport.testing.TestUsers.User;

/**
 * One running server as a test sees it: its HTTP client, the people in it, and the verbs that set a
 * scene through the same services the pages and the API call. {@link RapportServer} hands one to a
 * test in a field of this type.
 */
public final class Scene {
    private final TestServer server;
    private final TestClock clock;

    public Scene(TestServer server, TestClock clock) {
        this.server = server;
        this.clock = clock;
    }

    public TestServer server() {
        return server;
    }

    public App app() {
        return server.app();
    }

    public Http http() {
        return server.http();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The server's clock when the test asked for one (a field of type TestClock), else null. */
    public TestClock clock() {
        return clock;
    }

    /** An active account with a token (read, write, follow and push) and the shared test password. */
    public User person(String handle) {
        return TestUsers.create(app(), handle);
    }

    public User person(String handle, String role) {
        return TestUsers.create(app(), handle, role);
    }

    /** Connects two accounts the way people do: an invitation, then its acceptance while it waits. */
    public void connect(int a, int b) {
        connect(a, b, "", "other");
    }

    public void connect(int a, int b, String note, String howWeMet) {
        var inv = app().relations().sendInvitation().send(a, new SendInvitation.Request(b, note, howWeMet, null));
        if (inv.invitation().state().equals("pending"))
            app().relations().acceptInvitation().accept(b, inv.invitation().id());
    }

    public void connect(User a, User b) {
        connect(a.id(), b.id());
    }

    /** `follower` follows `followed` (a request when the account is locked). */
    public void follow(int follower, int followed) {
        app().relations().followAccount().follow(follower, followed, null);
    }

    /** Locks the account through its profile, as its owner would. */
    public void lock(int account) {
        app().updateProfile().update(account, new UpdateProfile.Changes(null, null, true, null));
    }

    /** The id of the owner's circle with this name. */
    public long circle(int owner, String name) {
        return app().relations().listCircles().list(owner).stream()
                .filter(c -> c.name().equals(name))
                .map(Circle::id)
                .findFirst()
                .orElseThrow();
    }

    public void putInCircle(int owner, String circle, int member) {
        app().relations().addToCircle().add(owner, circle(owner, circle), List.of(member));
    }

    /** A post by `author` to one audience (`public`, `connections`, a circle id, ...); its id. */
    public long post(int author, String text, String audience) {
        return post(author, text, audience, null);
    }

    public long post(int author, String text, String audience, String replyPolicy) {
        return post(author, text, audience, replyPolicy, null);
    }

    /** A reply by `author` to the post `to`, to one audience; its id. */
    public long reply(int author, long to, String text, String audience) {
        return post(author, text, audience, null, Long.toString(to));
    }

    private long post(int author, String text, String audience, String replyPolicy, String inReplyTo) {
        return app().posts()
                .services()
                .post()
                .post(
                        author,
                        new PostStatus.Request(
                                text,
                                null,
                                null,
                                false,
                                null,
                                null,
                                List.of(audience),
                                List.of(),
                                replyPolicy,
                                inReplyTo,
                                null))
                .id();
    }

    /** A post through the API with these JSON fields; the answer must be 200. */
    public JsonNode postJson(User author, Object... fields) {
        Http.Res r = http().postJson("/api/v1/statuses", author.token(), Http.map(fields));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** An app's credentials and the token it got for itself. */
    public record AppToken(String clientId, String clientSecret, String token) {}

    /**
     * An app registered through the API with these scopes, and the token it gets for itself (no account)
     * through the client-credentials grant with the token's scopes.
     */
    public AppToken appToken(String appScopes, String tokenScopes) {
        Http.Res app = http().postJson(
                        "/api/v1/apps",
                        null,
                        Http.map(
                                "client_name",
                                "Test app",
                                "redirect_uris",
                                "urn:ietf:wg:oauth:2.0:oob",
                                "scopes",
                                appScopes));
        assertThat(app.status()).as(app.toString()).isEqualTo(200);
        String id = app.json().get("client_id").asText();
        String secret = app.json().get("client_secret").asText();
        Http.Res token = http().postForm(
                        "/oauth/token",
                        null,
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "scope",
                                tokenScopes,
                                "client_id",
                                id,
                                "client_secret",
                                secret));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return new AppToken(id, secret, token.json().get("access_token").asText());
    }

    /** A page visitor signed in through the sign-in form with the shared test password. */
    public PageClient signedIn(String login) {
        PageClient b = new PageClient(server);
        Http.Res res =
                b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", TestUsers.PASSWORD));
        assertThat(res.status()).as(res.toString()).isEqualTo(303);
        return b;
    }
}
