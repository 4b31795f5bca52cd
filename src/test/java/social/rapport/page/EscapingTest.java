package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.account.UpdateProfile;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** Every page that shows what a person wrote shows it as text, never as markup. */
@RapportServer
class EscapingTest {
    static final String NAME = "<script>alert(1)</script>";
    static final String BIO = "\"><img src=x onerror=alert(2)> & more";

    TestServer server;

    private static void assertEscaped(Http.Res res) {
        assertThat(res.body())
                .doesNotContain("<script>alert", "<img src=x", "\"><img")
                .contains("&lt;script");
    }

    @Test
    void mallorys_markup_in_name_and_bio_is_shown_as_text_on_every_page() {
        TestUsers.User mallory = TestUsers.create(server.app(), "mallory", "admin");
        server.app().updateProfile().update(mallory.id(), new UpdateProfile.Changes(NAME, BIO, null, null));
        PageClient b = new PageClient(server).header("User-Agent", NAME);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "mallory", "password", TestUsers.PASSWORD));

        Http.Res profile = new PageClient(server).get("/@mallory");
        assertEscaped(profile);
        assertThat(profile.body()).contains("<h1 id=\"profile-name\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
        // The bio is escaped whole (quotes too) before custom emoji are drawn in it.
        assertThat(profile.body()).contains("<p>&quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; more</p>");
        for (String path : new String[] {
            "/", "/@mallory", "/settings", "/settings/profile", "/settings/sessions", "/admin/accounts"
        }) {
            Http.Res res = b.get(path);
            assertThat(res.status()).as(path).isEqualTo(200);
            assertEscaped(res);
        }
    }

    @Test
    void entered_text_that_is_sent_back_in_a_refused_form_is_escaped() {
        PageClient b = new PageClient(server);
        Http.Res res = b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", NAME, "password", "whatever it is"));
        assertThat(res.status()).isEqualTo(401);
        assertEscaped(res);
    }
}
