package social.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.Passwords;
import social.rapport.app.App;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/** The demo world: made once on an empty database, and its audiences work for its people. */
@RapportServer
class DemoWorldTest {
    TestServer server;
    App app;
    DemoWorld.Built world;

    @BeforeEach
    void start() {
        app = server.app();
        world = DemoWorld.fillIfEmpty(app).orElseThrow();
    }

    private String token(String handle) {
        return app.tokens()
                .issue(null, world.accounts().get(handle), Set.of("read", "write", "follow"))
                .token();
    }

    private Http.Res status(String post, String handle) {
        String path = "/api/v1/statuses/" + world.posts().get(post);
        return handle == null ? server.http().get(path) : server.http().get(path, token(handle));
    }

    @Test
    void aSecondRunAddsNothing() {
        int accounts = app.db().read(h -> app.accounts().count(h));
        int posts = app.posts().localCount();
        assertThat(accounts).isEqualTo(DemoWorld.PEOPLE.size());
        assertThat(posts).isGreaterThanOrEqualTo(15);

        assertThat(DemoWorld.fillIfEmpty(app)).isEmpty();
        assertThat((int) app.db().read(h -> app.accounts().count(h))).isEqualTo(accounts);
        assertThat(app.posts().localCount()).isEqualTo(posts);
    }

    @Test
    void everyoneSignsInWithTheDemoPassword() {
        assertThat(Passwords.problem(DemoWorld.PASSWORD)).isNull();
        for (DemoWorld.Person p : DemoWorld.PEOPLE) {
            assertThat(app.signIn().signIn(p.handle(), DemoWorld.PASSWORD).handle())
                    .isEqualTo(p.handle());
        }
        Http.Res page = new PageClient(server)
                .submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "carol", "password", DemoWorld.PASSWORD));
        assertThat(page.status()).isEqualTo(303);
        String shown = DemoCommand.greeting(app, true);
        assertThat(shown)
                .contains(
                        DemoWorld.PASSWORD,
                        "DEMO ONLY",
                        "@wendy",
                        "@paula",
                        "http://localhost:" + app.port(),
                        "Mastodon app",
                        "was made");
        assertThat(DemoCommand.greeting(app, false))
                .contains("nothing was added")
                .doesNotContain("was made");
    }

    @Test
    void theFamilyPostReachesTheFamilyOnly() {
        assertThat(status("carol.family", "dan").status()).isEqualTo(200);
        assertThat(status("carol.family", "mia").json().path("content").asText())
                .contains("check-up went well");
        Http.Res missing = server.http().get("/api/v1/statuses/999999999", token("bob"));
        for (String outsider : new String[] {"bob", "wendy", "sam", null}) {
            Http.Res res = status("carol.family", outsider);
            assertThat(res.status()).as(outsider).isEqualTo(404);
            assertThat(res.body()).isEqualTo(missing.body());
        }
    }

    @Test
    void eachAudienceReachesItsPeople() {
        // Connections except the Business circle: family yes, the colleague no.
        assertThat(status("carol.except_business", "dan").status()).isEqualTo(200);
        assertThat(status("carol.except_business", "bob").status()).isEqualTo(404);
        assertThat(status("carol.business", "bob").status()).isEqualTo(200);
        assertThat(status("carol.business", "dan").status()).isEqualTo(404);
        // Wendy is no connection of Carol's but knows Bob, so she is in Carol's network.
        assertThat(status("carol.network", "wendy").status()).isEqualTo(200);
        assertThat(status("carol.connections", "wendy").status()).isEqualTo(404);
        assertThat(status("carol.network", "paula").status()).isEqualTo(404);
        assertThat(status("carol.followers", "sam").status()).isEqualTo(200);
        assertThat(status("carol.followers", null).status()).isEqualTo(404);
        assertThat(status("carol.mentioned", "bob").status()).isEqualTo(200);
        assertThat(status("carol.mentioned", "dan").status()).isEqualTo(404);
        assertThat(status("carol.only_me", "carol").status()).isEqualTo(200);
        assertThat(status("carol.only_me", "dan").status()).isEqualTo(404);
        assertThat(status("carol.public", null).status()).isEqualTo(200);
        assertThat(status("carol.unlisted", null).status()).isEqualTo(200);
        assertThat(status("wendy.reply", null).json().path("in_reply_to_id").asText())
                .isEqualTo(Long.toString(world.posts().get("carol.reply")));
        assertThat(status("carol.public", null).json().path("reblogs_count").asInt())
                .isEqualTo(1);
        assertThat(status("carol.public", null).json().path("favourites_count").asInt())
                .isEqualTo(1);
        assertThat(server.http()
                        .get("/api/v1/timelines/tag/followfriday")
                        .json()
                        .toString())
                .contains(Long.toString(world.posts().get("wendy.public")));
    }

    @Test
    void theLockedAccountIntroducesItselfToStrangers() {
        String paula = Integer.toString(world.accounts().get("paula"));
        Http.Res intro = server.http().get("/api/v1/rapport/accounts/" + paula + "/introduction", token("sam"));
        assertThat(intro.status()).isEqualTo(200);
        assertThat(intro.body()).contains(Long.toString(world.posts().get("paula.public")));
        assertThat(status("paula.public", "sam").status()).isEqualTo(200);
        assertThat(status("paula.followers", "sam").status()).isEqualTo(404);
        // Wendy's follow waits for Paula's approval, as on a locked account.
        String relationship = server.http()
                .get("/api/v1/accounts/relationships?id[]=" + paula, token("wendy"))
                .body();
        assertThat(relationship).contains("\"requested\":true").contains("\"following\":false");
    }

    @Test
    void claimsShowOnlyOnceConfirmedAndNotificationsWereSent() {
        String carol = Integer.toString(world.accounts().get("carol"));
        Http.Res notes = server.http().get("/api/v1/notifications", token("carol"));
        assertThat(notes.body()).contains("\"favourite\"", "\"follow\"");
        Http.Res claims = server.http().get("/api/v1/rapport/accounts/" + carol + "/claims", token("wendy"));
        assertThat(claims.status()).isEqualTo(200);
        assertThat(claims.body()).contains("Harbour project").doesNotContain("Big deal");
    }
}
