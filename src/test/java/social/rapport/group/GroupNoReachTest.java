package social.rapport.group;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * A group grants no reach: Sam, who shares groups with Ana, sees of Ana and her network exactly what
 * Dan, who shares nothing with her, sees; and a shared group counts for screening only when it is not
 * public and Sam has been in it for 30 days.
 */
@RapportServer
class GroupNoReachTest {
    static final String BASE = "/api/v1/rapport/groups";
    TestServer server;
    Scene scene;
    Http http;
    TestClock clock;

    @Person
    User olga, ana, sam, dan, cleo;

    String open;
    String closed;

    String group(String handle, String kind) {
        Http.Res r = http.postJson(BASE, olga.token(), map("name", handle, "handle", handle, "kind", kind));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    void joinPrivate(String g, User u) {
        http.post(BASE + "/" + g + "/join", u.token());
        assertThat(http.post(BASE + "/" + g + "/requests/" + u.id() + "/approve", olga.token())
                        .status())
                .isEqualTo(200);
    }

    @BeforeEach
    void fellowMembers() {
        open = group("open", "public");
        closed = group("closed", "private");
        for (User u : List.of(ana, sam)) {
            http.post(BASE + "/" + open + "/join", u.token());
            joinPrivate(closed, u);
        }
        scene.connect(ana, cleo);
    }

    /** What `viewer` is answered at `path`, for comparing a fellow member with a stranger. */
    String seen(User viewer, String path) {
        Http.Res r = http.get(path, viewer.token());
        return r.status() + " " + r.body();
    }

    @Test
    void a_fellow_member_is_no_2nd_degree_contact_and_no_mutual() {
        JsonNode degrees = http.get("/api/v1/rapport/degrees?id[]=" + ana.id() + "&id[]=" + cleo.id(), sam.token())
                .json();
        degrees.forEach(
                d -> assertThat(d.get("degree").isNull()).as(d.toString()).isTrue());
        assertThat(http.get("/api/v1/rapport/accounts/" + cleo.id() + "/mutuals", sam.token())
                        .json())
                .isEmpty();
        JsonNode rel = http.get("/api/v1/accounts/relationships?id[]=" + ana.id(), sam.token())
                .json()
                .get(0);
        assertThat(rel.get("mutual_connections_count").asInt()).isZero();
        assertThat(rel.get("degree").isNull()).isTrue();
        assertThat(server.app().graph().degree(sam.id(), ana.id())).isNotIn(1, 2);
    }

    @Test
    void a_fellow_member_unlocks_nothing_of_anas_that_a_stranger_cannot_see() {
        scene.lock(ana.id());
        scene.post(ana.id(), "for my followers", "followers");
        scene.post(ana.id(), "for my network", "network");
        scene.post(ana.id(), "for my connections", "connections");
        http.putJson(
                "/api/v1/rapport/profile",
                ana.token(),
                map(
                        "items",
                        map(
                                "bio", map("value", "Tea grower", "audience", List.of("network")),
                                "connections_list", map("audience", List.of("connections")))));
        for (String path : List.of(
                "/api/v1/accounts/" + ana.id() + "/statuses",
                "/api/v1/accounts/" + ana.id(),
                "/api/v1/rapport/accounts/" + ana.id() + "/profile",
                "/api/v1/rapport/accounts/" + ana.id() + "/connections",
                "/api/v1/rapport/accounts/" + ana.id() + "/path",
                "/api/v1/rapport/accounts/" + cleo.id() + "/path",
                "/api/v1/accounts/" + ana.id() + "/followers")) {
            assertThat(seen(sam, path)).as(path).isEqualTo(seen(dan, path));
        }
        // Cleo, a connection, does see them: the audiences are not simply closed.
        assertThat(http.get("/api/v1/accounts/" + ana.id() + "/statuses", cleo.token())
                        .json())
                .hasSize(3);
    }

    @Test
    void a_fellow_member_invites_only_as_far_as_anas_screening_allows() {
        http.putJson("/api/v1/rapport/screening", ana.token(), map("who_may_invite", "network"));
        Http.Res refused = http.postJson(
                "/api/v1/rapport/invitations",
                sam.token(),
                map("account_id", ana.idString(), "note", "hi", "how_we_met", "shared_interest"));
        assertThat(refused.status()).isEqualTo(422);
        // A group invitation from Sam to Ana: Ana neither follows nor is connected with Sam.
        http.postJson(BASE + "/" + open + "/roles", olga.token(), map("account_id", sam.idString(), "role", "admin"));
        String mine = http.postJson(BASE, sam.token(), map("name", "Sam's", "handle", "sams", "kind", "private"))
                .json()
                .get("id")
                .asText();
        assertThat(http.postJson(BASE + "/" + mine + "/invite", sam.token(), map("account_id", ana.idString()))
                        .status())
                .isEqualTo(422);
        assertThat(http.get(BASE, ana.token()).json()).hasSize(2);
    }

    String screenedInvitation(User from, User to) {
        Http.Res r = http.postJson(
                "/api/v1/rapport/invitations",
                from.token(),
                map("account_id", to.idString(), "note", "We met", "how_we_met", "other"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode filtered =
                http.get("/api/v1/rapport/invitations?box=filtered", to.token()).json();
        for (JsonNode i : filtered) {
            if (i.get("account").get("id").asText().equals(from.idString())) return "filtered";
        }
        return "inbox";
    }

    @Test
    void group_in_common_counts_only_a_group_that_is_not_public_after_30_days() {
        http.putJson("/api/v1/rapport/screening", ana.token(), map("require_one_of", List.of("group_in_common")));
        // Sam joined both groups today: neither counts.
        assertThat(screenedInvitation(sam, ana)).isEqualTo("filtered");
        http.post("/api/v1/rapport/invitations/" + lastSent(sam) + "/withdraw", sam.token());

        clock.advance(Duration.ofDays(31));
        // Dan joins the open group only: a public group never counts, however long.
        http.post(BASE + "/" + open + "/join", dan.token());
        clock.advance(Duration.ofDays(31));
        assertThat(screenedInvitation(dan, ana)).isEqualTo("filtered");
        // Sam has been in the private group for 62 days now.
        assertThat(screenedInvitation(sam, ana)).isEqualTo("inbox");
    }

    @Test
    void the_senders_time_in_the_group_counts_not_the_invitees() {
        http.putJson("/api/v1/rapport/screening", cleo.token(), map("require_one_of", List.of("group_in_common")));
        http.putJson("/api/v1/rapport/screening", ana.token(), map("require_one_of", List.of("group_in_common")));
        clock.advance(Duration.ofDays(40));
        joinPrivate(closed, cleo);
        joinPrivate(closed, dan);
        // Sam has been in the group 40 days, Cleo joined now: Sam's invitation to Cleo counts the group.
        assertThat(screenedInvitation(sam, cleo)).isEqualTo("inbox");
        // Dan joined now and invites Ana, a member for 40 days: it does not count.
        assertThat(screenedInvitation(dan, ana)).isEqualTo("filtered");
    }

    String lastSent(User sender) {
        JsonNode sent =
                http.get("/api/v1/rapport/invitations?box=sent", sender.token()).json();
        return sent.get(0).get("id").asText();
    }
}
