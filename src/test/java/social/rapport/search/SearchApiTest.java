package social.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.AccountEvents;
import social.rapport.account.UpdateProfile;
import social.rapport.status.PostStatus;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/** `/api/v2/search` and `/api/v1/accounts/search` through the audience policy, on both databases. */
@RapportServer
class SearchApiTest {
    TestServer server;
    Http http;
    @Person
    User ana, andre, anouk, anton, bruno;
    User viewer;

    @BeforeEach
    void start() {
        viewer = TestUsers.create(server, "vera");
    }

    private static List<String> field(JsonNode list, String name) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(name).asText()));
        return out;
    }

    private void post(User u, String text, String audience) {
        server.app()
                .posts()
                .services()
                .post()
                .post(
                        u.id(),
                        new PostStatus.Request(
                                text, null, null, false, null, null, List.of(audience), List.of(), null, null, null));
    }

    @Test
    void accounts_are_found_by_the_start_of_handle_or_name_exact_handle_first() {
        server.app().updateProfile().update(bruno.id(), new UpdateProfile.Changes("Bruno Anselmo", null, null, null));
        Http.Res res = http.get("/api/v2/search?q=ana&type=accounts", viewer.token());
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(field(res.json().get("accounts"), "acct")).containsExactly("ana");
        assertThat(res.json().get("statuses")).isEmpty();
        assertThat(res.json().get("hashtags")).isEmpty();
        assertThat(field(
                        http.get("/api/v2/search?q=%40an&type=accounts", viewer.token())
                                .json()
                                .get("accounts"),
                        "acct"))
                .containsExactly("ana", "andre", "anouk", "anton", "bruno");
        assertThat(field(
                        http.get("/api/v1/accounts/search?q=an&limit=2&offset=1", viewer.token())
                                .json(),
                        "acct"))
                .containsExactly("andre", "anouk");
        assertThat(field(
                        http.get(
                                        "/api/v1/accounts/search?q=ana%40"
                                                + server.app().config().domain(),
                                        viewer.token())
                                .json(),
                        "acct"))
                .containsExactly("ana");
        assertThat(http.get("/api/v1/accounts/search?q=ana%40elsewhere.example&resolve=true", viewer.token())
                        .json())
                .isEmpty();
        // Visitors search only where the instance lets them (not by default).
        assertThat(http.get("/api/v2/search?q=an", null).status()).isEqualTo(401);
        server.app().signedOut().set(true, null, true);
        assertThat(field(http.get("/api/v2/search?q=an", null).json().get("accounts"), "acct"))
                .contains("ana", "anton");
    }

    @Test
    void blocked_blocking_and_suspended_accounts_are_never_found() {
        server.app().relations().blockAccount().block(viewer.id(), andre.id());
        server.app().relations().blockAccount().block(anouk.id(), viewer.id());
        server.app().db().writeVoid(tx -> {
            server.app().accounts().setState(tx, anton.id(), "suspended");
            tx.emit(new AccountEvents.Suspended(anton.id()));
        });
        assertThat(field(
                        http.get("/api/v2/search?q=an&type=accounts", viewer.token())
                                .json()
                                .get("accounts"),
                        "acct"))
                .containsExactly("ana");
        assertThat(field(
                        http.get("/api/v1/accounts/search?q=an", viewer.token()).json(), "acct"))
                .containsExactly("ana");
        assertThat(field(http.get("/api/v1/accounts/search?q=an", bruno.token()).json(), "acct"))
                .containsExactly("ana", "andre", "anouk");
    }

    @Test
    void following_keeps_only_the_accounts_one_follows() {
        server.app().relations().followAccount().follow(viewer.id(), anouk.id(), null);
        assertThat(field(
                        http.get("/api/v1/accounts/search?q=an&following=true", viewer.token())
                                .json(),
                        "acct"))
                .containsExactly("anouk");
        assertThat(field(
                        http.get("/api/v2/search?q=an&following=1&type=accounts", viewer.token())
                                .json()
                                .get("accounts"),
                        "acct"))
                .containsExactly("anouk");
    }

    @Test
    void hashtags_come_from_public_posts_the_caller_may_see() {
        post(ana, "Roses #gardening", "public");
        post(ana, "More #gardening", "public");
        post(ana, "A #garden", "public");
        post(ana, "Secret #gardenplans", "followers");
        post(ana, "Quiet #gardenquiet", "unlisted");
        post(anton, "Anton's #gardenanton", "public");
        server.app().relations().blockAccount().block(anton.id(), viewer.id());
        JsonNode res = http.get("/api/v2/search?q=%23garden&type=hashtags", viewer.token())
                .json();
        assertThat(field(res.get("hashtags"), "name")).containsExactly("garden", "gardening");
        assertThat(res.get("hashtags").get(0).get("url").asText()).endsWith("/tags/garden");
        assertThat(res.get("hashtags").get(0).get("history").isArray()).isTrue();
        assertThat(res.get("accounts")).isEmpty();
        server.app().signedOut().set(true, null, true);
        assertThat(field(
                        http.get("/api/v2/search?q=garden&type=hashtags", null)
                                .json()
                                .get("hashtags"),
                        "name"))
                .containsExactly("garden", "gardening", "gardenanton");
        assertThat(field(http.get("/api/v2/search?q=gar", viewer.token()).json().get("hashtags"), "name"))
                .containsExactly("gardening", "garden");
    }

    @Test
    void bad_requests_are_refused_with_a_clear_answer() {
        assertThat(http.get("/api/v2/search", viewer.token()).status()).isEqualTo(422);
        assertThat(http.get("/api/v2/search?q=%20", viewer.token()).status()).isEqualTo(422);
        assertThat(http.get("/api/v2/search?q=an&type=people", viewer.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v2/search?q=an&limit=0", viewer.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v2/search?q=an&limit=x", viewer.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v2/search?q=an&offset=-1", viewer.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v2/search?q=an&resolve=maybe", viewer.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v2/search?q=" + "a".repeat(501), viewer.token())
                        .status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/accounts/search?q=an", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v2/search?q=%25", viewer.token()).json().get("accounts"))
                .isEmpty();
        assertThat(http.get("/api/v2/search?q=_", viewer.token()).json().get("accounts"))
                .isEmpty();
        String readOnlyStatuses = server.app()
                .tokens()
                .issue(null, viewer.id(), java.util.Set.of("read:statuses"))
                .token();
        assertThat(http.get("/api/v2/search?q=an", readOnlyStatuses).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/accounts/search?q=an", readOnlyStatuses).status())
                .isEqualTo(403);
    }
}
