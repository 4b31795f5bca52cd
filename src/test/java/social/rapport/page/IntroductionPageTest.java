package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** The introduction settings page takes only one's own posts and says so next to the field. */
@RapportServer
class IntroductionPageTest {
    TestServer server;

    @Test
    void someone_elses_post_is_refused_beside_the_field_and_nothing_is_stored() {
        TestUsers.User ana = TestUsers.create(server, "ana");
        TestUsers.User bob = TestUsers.create(server, "bob");
        Http http = server.http();
        String bobs = http.postJson("/api/v1/statuses", bob.token(), map("status", "Bob's"))
                .json()
                .get("id")
                .asText();
        String anas = http.postJson("/api/v1/statuses", ana.token(), map("status", "Ana's"))
                .json()
                .get("id")
                .asText();
        PageClient b = new PageClient(server);
        assertThat(b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(303);

        Http.Res refused = b.submit(
                "/settings/introduction",
                "/settings/introduction",
                Map.of("text", "Hello", "posts", anas + " " + bobs));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose among your own posts").contains("aria-invalid=\"true\"");
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/introduction")
                        .json()
                        .get("text")
                        .asText())
                .isEmpty();

        assertThat(b.submit("/settings/introduction", "/settings/introduction", Map.of("text", "Hello", "posts", anas))
                        .status())
                .isEqualTo(303);
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/introduction")
                        .json()
                        .get("post_ids")
                        .get(0)
                        .asText())
                .isEqualTo(anas);
    }
}
