package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Endorsements: accounts one follows, featured on one's profile to those who may see both and the following list. */
@RapportServer
class EndorsementApiTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo, dan;

    static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    boolean endorsed(User viewer, User about) {
        return http.get("/api/v1/accounts/relationships?id[]=" + about.id(), viewer.token())
                .json()
                .get(0)
                .get("endorsed")
                .asBoolean();
    }

    @Test
    void one_endorses_only_accounts_one_follows_and_the_relationship_says_so() {
        Http.Res notFollowing = http.post("/api/v1/accounts/" + ben.id() + "/endorse", ana.token());
        assertThat(notFollowing.status()).isEqualTo(422);
        assertThat(notFollowing.json().get("error").asText()).isNotBlank();
        assertThat(endorsed(ana, ben)).isFalse();

        scene.follow(ana.id(), ben.id());
        scene.follow(ana.id(), cleo.id());
        Http.Res done = http.post("/api/v1/accounts/" + ben.id() + "/endorse", ana.token());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("endorsed").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/accounts/" + ben.id() + "/endorse", ana.token())
                        .status())
                .isEqualTo(200);
        http.post("/api/v1/accounts/" + cleo.id() + "/endorse", ana.token());
        assertThat(endorsed(ana, ben)).isTrue();
        assertThat(endorsed(ben, ana)).isFalse();
        assertThat(ids(http.get("/api/v1/endorsements", ana.token()).json()))
                .containsExactlyInAnyOrder(ben.idString(), cleo.idString());
        assertThat(ids(http.get("/api/v1/accounts/" + ana.id() + "/endorsements", dan.token())
                        .json()))
                .containsExactlyInAnyOrder(ben.idString(), cleo.idString());
        assertThat(ids(http.get("/api/v1/accounts/" + ana.id() + "/endorsements")
                        .json()))
                .containsExactlyInAnyOrder(ben.idString(), cleo.idString());

        Http.Res undone = http.post("/api/v1/accounts/" + cleo.id() + "/unendorse", ana.token());
        assertThat(undone.json().get("endorsed").asBoolean()).isFalse();
        // Older apps say pin and unpin for the same.
        assertThat(http.post("/api/v1/accounts/" + cleo.id() + "/pin", ana.token())
                        .json()
                        .get("endorsed")
                        .asBoolean())
                .isTrue();
        assertThat(http.post("/api/v1/accounts/" + cleo.id() + "/unpin", ana.token())
                        .json()
                        .get("endorsed")
                        .asBoolean())
                .isFalse();
        // Unfollowing ends what the endorsement says.
        server.app().relations().unfollowAccount().unfollow(ana.id(), ben.id());
        assertThat(endorsed(ana, ben)).isFalse();
        assertThat(ids(http.get("/api/v1/endorsements", ana.token()).json())).isEmpty();
        assertThat(ids(http.get("/api/v1/accounts/" + ana.id() + "/endorsements", dan.token())
                        .json()))
                .isEmpty();
    }

    @Test
    void a_profiles_endorsements_follow_its_following_list_audience_and_hide_what_the_viewer_may_not_see() {
        scene.follow(ana.id(), ben.id());
        scene.follow(ana.id(), cleo.id());
        http.post("/api/v1/accounts/" + ben.id() + "/endorse", ana.token());
        http.post("/api/v1/accounts/" + cleo.id() + "/endorse", ana.token());

        // Cleo blocked dan: dan is not shown cleo among ana's endorsements.
        server.app().relations().blockAccount().block(cleo.id(), dan.id());
        assertThat(ids(http.get("/api/v1/accounts/" + ana.id() + "/endorsements", dan.token())
                        .json()))
                .containsExactly(ben.idString());

        // Ana shows whom she follows only to herself: her endorsements go with that list.
        server.app()
                .relations()
                .updateProfile()
                .update(
                        ana.id(),
                        Map.of("following_list", new UpdateProfileFields.Change(null, List.of("only_me"), null)));
        assertThat(ids(http.get("/api/v1/accounts/" + ana.id() + "/endorsements", dan.token())
                        .json()))
                .isEmpty();
        assertThat(ids(http.get("/api/v1/accounts/" + ana.id() + "/endorsements")
                        .json()))
                .isEmpty();
        assertThat(ids(http.get("/api/v1/endorsements", ana.token()).json()))
                .containsExactlyInAnyOrder(ben.idString(), cleo.idString());

        // A profile hidden by a block answers exactly as a missing one.
        server.app().relations().blockAccount().block(ana.id(), dan.id());
        Http.Res hidden = http.get("/api/v1/accounts/" + ana.id() + "/endorsements", dan.token());
        Http.Res missing = http.get("/api/v1/accounts/99999/endorsements", dan.token());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
    }

    @Test
    void bad_requests_change_nothing() {
        scene.follow(ana.id(), ben.id());
        assertThat(http.post("/api/v1/accounts/" + ana.id() + "/endorse", ana.token())
                        .status())
                .isEqualTo(422);
        assertThat(http.post("/api/v1/accounts/99999/endorse", ana.token()).status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/accounts/abc/endorse", ana.token()).status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/accounts/" + ben.id() + "/endorse", null).status())
                .isEqualTo(401);
        String readOnly = server.app()
                .tokens()
                .issue(null, ana.id(), java.util.Set.of("read"))
                .token();
        assertThat(http.post("/api/v1/accounts/" + ben.id() + "/endorse", readOnly)
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/endorsements", null).status()).isEqualTo(401);
        int rows = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM endorsements")
                        .mapTo(Integer.class)
                        .one());
        assertThat(rows).isZero();
    }
}
