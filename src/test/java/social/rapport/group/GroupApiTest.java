package social.rapport.group;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

@RapportServer
class GroupApiTest {
    static final String BASE = "/api/v1/rapport/groups";
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo, dan;

    String group(User owner, String handle, String kind) {
        Http.Res r = http.postJson(BASE, owner.token(), map("name", "Tea " + handle, "handle", handle, "kind", kind));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    Http.Res act(User who, String group, String action, User target) {
        return http.postJson(BASE + "/" + group + "/" + action, who.token(), map("account_id", target.idString()));
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    String state(User who, String group) {
        JsonNode rel = http.get(BASE + "/" + group, who.token()).json().get("relationship");
        return rel.isNull() ? null : rel.get("state").asText();
    }

    @Test
    void ana_creates_shows_changes_and_deletes_a_group() {
        Http.Res made = http.postJson(
                BASE,
                ana.token(),
                map(
                        "name",
                        " Tea lovers ",
                        "handle",
                        "tea",
                        "description",
                        "Leaves",
                        "rules",
                        "Be kind",
                        "kind",
                        "private"));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        JsonNode g = made.json();
        assertThat(g.get("name").asText()).isEqualTo("Tea lovers");
        assertThat(g.get("handle").asText()).isEqualTo("tea");
        assertThat(g.get("kind").asText()).isEqualTo("private");
        assertThat(g.get("members_visible").asText()).isEqualTo("members");
        assertThat(g.get("members_count").asInt()).isEqualTo(1);
        assertThat(g.get("relationship").get("role").asText()).isEqualTo("owner");
        String id = g.get("id").asText();

        // A private group is findable: its page shows to a stranger, without its member count.
        JsonNode seen = http.get(BASE + "/" + id, ben.token()).json();
        assertThat(seen.get("name").asText()).isEqualTo("Tea lovers");
        assertThat(seen.get("members_count").isNull()).isTrue();
        assertThat(seen.get("relationship").isNull()).isTrue();

        JsonNode changed = http.putJson(BASE + "/" + id, ana.token(), map("name", "Tea", "members_visible", "admins"))
                .json();
        assertThat(changed.get("name").asText()).isEqualTo("Tea");
        assertThat(changed.get("rules").asText()).isEqualTo("Be kind");
        assertThat(changed.get("members_visible").asText()).isEqualTo("admins");
        assertThat(http.putJson(BASE + "/" + id, ben.token(), map("name", "Mine"))
                        .status())
                .isEqualTo(403);

        assertThat(http.delete(BASE + "/" + id, ben.token()).status()).isEqualTo(403);
        assertThat(http.delete(BASE + "/" + id, ana.token()).status()).isEqualTo(200);
        assertThat(http.get(BASE + "/" + id, ana.token()).status()).isEqualTo(404);
    }

    @Test
    void a_group_becomes_more_private_but_never_more_open() {
        String priv = group(ana, "closed", "private");
        // A private group's posts were written for its members: it cannot become public.
        Http.Res opened = http.putJson(BASE + "/" + priv, ana.token(), map("kind", "public", "name", "Open now"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(422);
        assertThat(opened.body()).contains("kind");
        JsonNode still = http.get(BASE + "/" + priv, ben.token()).json();
        assertThat(still.get("kind").asText()).isEqualTo("private");
        assertThat(still.get("name").asText()).isEqualTo("Tea closed");
        // Nor may a secret group become findable; closing further is allowed.
        String secret = group(ana, "hidden", "secret");
        assertThat(http.putJson(BASE + "/" + secret, ana.token(), map("kind", "private"))
                        .status())
                .isEqualTo(422);
        assertThat(http.get(BASE + "/" + secret, ben.token()).status()).isEqualTo(404);
        assertThat(http.putJson(BASE + "/" + priv, ana.token(), map("kind", "secret"))
                        .json()
                        .get("kind")
                        .asText())
                .isEqualTo("secret");
        String open = group(ana, "open", "public");
        assertThat(http.putJson(BASE + "/" + open, ana.token(), map("kind", "private"))
                        .json()
                        .get("kind")
                        .asText())
                .isEqualTo("private");
    }

    @Test
    void bad_input_is_a_422_that_changes_nothing() {
        assertThat(http.postJson(BASE, ana.token(), map("name", "", "handle", "x"))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson(BASE, ana.token(), map("name", "A", "handle", "no spaces"))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson(BASE, ana.token(), map("name", "A", "handle", "a", "kind", "open"))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson(BASE, ana.token(), map("name", "A", "handle", "a", "members_visible", "all"))
                        .status())
                .isEqualTo(422);
        group(ana, "taken", "public");
        assertThat(http.postJson(BASE, ben.token(), map("name", "B", "handle", "TAKEN"))
                        .status())
                .isEqualTo(422);
        assertThat(http.get(BASE, ana.token()).json()).hasSize(1);
        assertThat(http.post(BASE + "/abc", ana.token()).status()).isEqualTo(404);
        assertThat(http.postJson(
                                BASE + "/" + group(ana, "x", "public") + "/roles",
                                ana.token(),
                                map("account_id", ben.idString(), "role", "king"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void a_public_group_is_joined_at_once_a_private_one_by_request_and_a_secret_one_only_by_invitation() {
        String pub = group(ana, "pub", "public");
        String priv = group(ana, "priv", "private");
        String secret = group(ana, "secret", "secret");

        assertThat(http.post(BASE + "/" + pub + "/join", ben.token())
                        .json()
                        .get("relationship")
                        .get("state")
                        .asText())
                .isEqualTo("member");
        assertThat(http.post(BASE + "/" + priv + "/join", ben.token())
                        .json()
                        .get("relationship")
                        .get("state")
                        .asText())
                .isEqualTo("requested");
        assertThat(http.post(BASE + "/" + secret + "/join", ben.token()).status())
                .isEqualTo(404);

        // The moderators see the request; only they.
        assertThat(ids(http.get(BASE + "/" + priv + "/requests", ana.token()).json()))
                .containsExactly(ben.idString());
        assertThat(http.get(BASE + "/" + priv + "/requests", ben.token()).status())
                .isEqualTo(403);
        assertThat(http.post(BASE + "/" + priv + "/requests/" + ben.id() + "/approve", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(state(ben, priv)).isEqualTo("member");
        assertThat(http.post(BASE + "/" + priv + "/join", cleo.token()).status())
                .isEqualTo(200);
        assertThat(http.post(BASE + "/" + priv + "/requests/" + cleo.id() + "/decline", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(state(cleo, priv)).isNull();
        assertThat(http.post(BASE + "/" + priv + "/requests/" + cleo.id() + "/approve", ana.token())
                        .status())
                .isEqualTo(404);

        // Leaving; the owner must hand the group on first.
        assertThat(http.post(BASE + "/" + pub + "/leave", ben.token()).status()).isEqualTo(200);
        assertThat(state(ben, pub)).isNull();
        assertThat(http.post(BASE + "/" + pub + "/leave", ana.token()).status()).isEqualTo(422);
        assertThat(ids(http.get(BASE, ben.token()).json())).containsExactly(priv);
    }

    @Test
    void a_secret_group_is_missing_to_everyone_but_its_members_and_invitees() {
        String secret = group(ana, "hidden", "secret");
        for (String path : List.of("", "/members", "/timeline", "/requests")) {
            assertThat(http.get(BASE + "/" + secret + path, ben.token()).status())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(http.get(BASE + "/" + secret).status()).isEqualTo(404);
        assertThat(http.post(BASE + "/" + secret + "/leave", ben.token()).status())
                .isEqualTo(404);
        assertThat(http.get(BASE + "/search?q=hidden", ben.token()).json()).isEmpty();
        assertThat(http.get(BASE + "/search?q=hidden", ana.token()).json()).isEmpty();

        // An invitation goes only to someone who follows or is connected with the inviter.
        assertThat(act(ana, secret, "invite", ben).status()).isEqualTo(422);
        scene.follow(ben.id(), ana.id());
        assertThat(act(ana, secret, "invite", ben).json().get("state").asText()).isEqualTo("invited");
        assertThat(http.get(BASE + "/" + secret, ben.token()).status()).isEqualTo(200);
        assertThat(http.get(BASE + "/" + secret + "/members", ben.token()).status())
                .isEqualTo(403);
        assertThat(http.post(BASE + "/" + secret + "/join", ben.token())
                        .json()
                        .get("relationship")
                        .get("state")
                        .asText())
                .isEqualTo("member");
        assertThat(ids(http.get(BASE + "/" + secret + "/members", ben.token()).json()))
                .containsExactly(ana.idString(), ben.idString());
        // A member invites nobody to a secret group; a moderator does.
        scene.connect(ben, cleo);
        assertThat(act(ben, secret, "invite", cleo).status()).isEqualTo(403);
    }

    @Test
    void search_finds_public_and_private_groups_by_name_or_handle() {
        String pub = group(ana, "teapot", "public");
        String priv = group(ana, "teacup", "private");
        group(ana, "teaspoon", "secret");
        assertThat(ids(http.get(BASE + "/search?q=tea", ben.token()).json())).containsExactly(priv, pub);
        assertThat(ids(http.get(BASE + "/search?q=POT").json())).containsExactly(pub);
        assertThat(http.get(BASE + "/search?q=%25", ben.token()).json()).isEmpty();
        assertThat(http.get(BASE + "/search", ben.token()).status()).isEqualTo(422);
    }

    @Test
    void the_member_list_is_shown_by_the_groups_setting() {
        String g = group(ana, "club", "public");
        http.post(BASE + "/" + g + "/join", ben.token());
        http.post(BASE + "/" + g + "/join", cleo.token());
        assertThat(ids(http.get(BASE + "/" + g + "/members", ben.token()).json()))
                .containsExactly(ana.idString(), ben.idString(), cleo.idString());
        assertThat(http.get(BASE + "/" + g + "/members", dan.token()).status()).isEqualTo(403);
        assertThat(http.get(BASE + "/" + g, dan.token())
                        .json()
                        .get("members_count")
                        .isNull())
                .isTrue();
        Http.Res page = http.get(BASE + "/" + g + "/members?limit=2", ben.token());
        assertThat(ids(page.json())).containsExactly(ana.idString(), ben.idString());
        assertThat(page.header("Link")).contains("after=" + ben.id());

        http.putJson(BASE + "/" + g, ana.token(), map("members_visible", "admins"));
        assertThat(http.get(BASE + "/" + g + "/members", ben.token()).status()).isEqualTo(403);
        assertThat(http.get(BASE + "/" + g, ben.token())
                        .json()
                        .get("members_count")
                        .isNull())
                .isTrue();
        assertThat(http.get(BASE + "/" + g + "/members", ana.token()).json()).hasSize(3);

        // A member someone blocked is neither listed nor counted for them.
        http.post("/api/v1/accounts/" + cleo.id() + "/block", ana.token());
        assertThat(ids(http.get(BASE + "/" + g + "/members", ana.token()).json()))
                .containsExactly(ana.idString(), ben.idString());
        assertThat(http.get(BASE + "/" + g, ana.token())
                        .json()
                        .get("members_count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void roles_go_down_the_ranks_and_the_owner_hands_the_group_on() {
        String g = group(ana, "ranks", "public");
        for (User u : List.of(ben, cleo, dan)) http.post(BASE + "/" + g + "/join", u.token());
        Http.Res made = http.postJson(
                BASE + "/" + g + "/roles", ana.token(), map("account_id", ben.idString(), "role", "admin"));
        assertThat(made.json().get("role").asText()).isEqualTo("admin");
        // An admin makes moderators, never admins, and never acts on an equal.
        assertThat(http.postJson(
                                BASE + "/" + g + "/roles",
                                ben.token(),
                                map("account_id", cleo.idString(), "role", "moderator"))
                        .status())
                .isEqualTo(200);
        assertThat(http.postJson(
                                BASE + "/" + g + "/roles",
                                ben.token(),
                                map("account_id", dan.idString(), "role", "admin"))
                        .status())
                .isEqualTo(403);
        assertThat(act(cleo, g, "remove", ben).status()).isEqualTo(403);
        assertThat(http.postJson(
                                BASE + "/" + g + "/roles",
                                dan.token(),
                                map("account_id", cleo.idString(), "role", "member"))
                        .status())
                .isEqualTo(403);

        // Handing the group on: Ben owns it, Ana is an admin.
        assertThat(http.postJson(
                                BASE + "/" + g + "/roles",
                                ana.token(),
                                map("account_id", ben.idString(), "role", "owner"))
                        .status())
                .isEqualTo(200);
        assertThat(http.get(BASE + "/" + g, ana.token())
                        .json()
                        .get("relationship")
                        .get("role")
                        .asText())
                .isEqualTo("admin");
        assertThat(http.get(BASE + "/" + g, ben.token())
                        .json()
                        .get("relationship")
                        .get("role")
                        .asText())
                .isEqualTo("owner");
        assertThat(http.delete(BASE + "/" + g, ana.token()).status()).isEqualTo(403);
        assertThat(http.post(BASE + "/" + g + "/leave", ana.token()).status()).isEqualTo(200);
    }

    @Test
    void a_banned_account_is_out_cannot_join_again_nor_be_invited_until_unbanned() {
        String g = group(ana, "strict", "private");
        scene.follow(ben.id(), ana.id());
        act(ana, g, "invite", ben);
        http.post(BASE + "/" + g + "/join", ben.token());
        assertThat(state(ben, g)).isEqualTo("member");

        assertThat(act(ana, g, "ban", ben).status()).isEqualTo(200);
        assertThat(state(ben, g)).isEqualTo("banned");
        assertThat(http.post(BASE + "/" + g + "/join", ben.token()).status()).isEqualTo(403);
        assertThat(act(ana, g, "invite", ben).status()).isEqualTo(422);
        assertThat(ids(http.get(BASE + "/" + g + "/bans", ana.token()).json())).containsExactly(ben.idString());
        assertThat(ids(http.get(BASE, ben.token()).json())).isEmpty();

        assertThat(act(ana, g, "unban", ben).status()).isEqualTo(200);
        assertThat(http.post(BASE + "/" + g + "/join", ben.token())
                        .json()
                        .get("relationship")
                        .get("state")
                        .asText())
                .isEqualTo("requested");
        // Removing a member: they may ask again.
        http.post(BASE + "/" + g + "/requests/" + ben.id() + "/approve", ana.token());
        assertThat(act(ana, g, "remove", ben).status()).isEqualTo(200);
        assertThat(state(ben, g)).isNull();
        assertThat(act(ana, g, "remove", ben).status()).isEqualTo(404);
    }

    @Test
    void a_banned_member_of_a_secret_group_finds_it_missing() {
        String g = group(ana, "quiet", "secret");
        scene.connect(ana, ben);
        act(ana, g, "invite", ben);
        http.post(BASE + "/" + g + "/join", ben.token());
        act(ana, g, "ban", ben);
        assertThat(http.get(BASE + "/" + g, ben.token()).status()).isEqualTo(404);
        assertThat(http.post(BASE + "/" + g + "/join", ben.token()).status()).isEqualTo(404);
    }
}
