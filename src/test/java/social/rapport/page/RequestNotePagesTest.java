package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.UpdateProfile;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/** A request to follow a locked account carries a note from the profile page, shown on the owner's card. */
@RapportServer
class RequestNotePagesTest {
    TestServer server;
    @Person
    User ana, ben;

    @BeforeEach
    void start() {
        server.app().updateProfile().update(ana.id(), new UpdateProfile.Changes(null, null, true, null));
    }

    private PageClient signedIn(String handle) {
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", handle, "password", TestUsers.PASSWORD));
        return b;
    }

    private int requests() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM follows WHERE state = 'pending'")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void the_note_goes_with_the_request_and_the_owner_reads_it_on_the_card() {
        PageClient b = signedIn("ben");
        assertThat(b.get("/@ana").body()).contains("Add a note to your request", "name=\"note\"");
        Http.Res sent = b.submit(
                "/@ana",
                "/people/" + ana.id() + "/follow",
                Map.of("note", "We met at the <b>design fair</b> in Lisbon"));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(requests()).isEqualTo(1);
        String review = signedIn("ana").get("/review").body();
        assertThat(review).contains("Their note: “We met at the &lt;b&gt;design fair&lt;/b&gt; in Lisbon”");
        // Nobody else reads it: the note is on ana's review page only, not on ben's.
        assertThat(b.get("/review").body()).doesNotContain("design fair");
    }

    @Test
    void an_unlocked_account_offers_no_note_and_an_over_long_note_sends_nothing() {
        PageClient a = signedIn("ana");
        assertThat(a.get("/@ben").body()).doesNotContain("Add a note to your request");
        PageClient b = signedIn("ben");
        Http.Res r = b.submit("/@ana", "/people/" + ana.id() + "/follow", Map.of("note", "x".repeat(301)));
        assertThat(r.status()).isEqualTo(422);
        assertThat(requests()).isZero();
    }
}
