package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * Looking an account up by id or by handle asks the audience policy: after a block the blocked
 * person gets exactly what a missing account gets, while the blocker still finds the account to
 * undo the block.
 */
@RapportServer
class AccountLookupBlockTest {
    TestServer server;
    Http http;
    @Person
    User ana, bob, cal;

    @Test
    void after_ana_blocks_bob_his_lookups_of_her_answer_like_a_missing_account() {
        assertThat(http.get("/api/v1/accounts/" + ana.id(), bob.token()).status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/accounts/" + bob.id() + "/block", ana.token())
                        .status())
                .isEqualTo(200);

        Http.Res byId = http.get("/api/v1/accounts/" + ana.id(), bob.token());
        Http.Res missingId = http.get("/api/v1/accounts/999999", bob.token());
        assertThat(byId.status()).isEqualTo(404);
        assertThat(byId.body()).isEqualTo(missingId.body());
        Http.Res byHandle = http.get("/api/v1/accounts/lookup?acct=ana", bob.token());
        Http.Res missingHandle = http.get("/api/v1/accounts/lookup?acct=nobody", bob.token());
        assertThat(byHandle.status()).isEqualTo(404);
        assertThat(byHandle.body()).isEqualTo(missingHandle.body());
        assertThat(http.get(
                                "/api/v1/accounts/lookup?acct=@ana@"
                                        + server.app().config().domain(),
                                bob.token())
                        .status())
                .isEqualTo(404);

        // The blocker finds the blocked account, by id and by exact handle, to undo the block.
        assertThat(http.get("/api/v1/accounts/" + bob.id(), ana.token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/lookup?acct=bob", ana.token())
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(bob.idString());
        // Others, signed in or not, still see both.
        assertThat(http.get("/api/v1/accounts/" + ana.id(), cal.token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/lookup?acct=ana").status()).isEqualTo(200);

        assertThat(http.post("/api/v1/accounts/" + bob.id() + "/unblock", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/" + ana.id(), bob.token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/lookup?acct=ana", bob.token()).status())
                .isEqualTo(200);
    }

    @Test
    void a_follower_list_never_carries_an_account_that_blocked_the_viewer() {
        assertThat(http.post("/api/v1/accounts/" + cal.id() + "/follow", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/accounts/" + cal.id() + "/follow", bob.token())
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/accounts/" + bob.id() + "/block", ana.token())
                        .status())
                .isEqualTo(200);
        // The block ended Bob's follow of Ana, not their follows of Cal: Bob must not find Ana among them.
        var followers = http.get("/api/v1/accounts/" + cal.id() + "/followers", bob.token())
                .json();
        assertThat(followers.findValuesAsText("id")).containsExactly(bob.idString());
        assertThat(http.get("/api/v1/accounts/" + cal.id(), bob.token())
                        .json()
                        .get("followers_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void several_accounts_by_id_leave_out_the_missing_and_the_hidden_exactly_alike() {
        assertThat(http.post("/api/v1/accounts/" + bob.id() + "/block", ana.token())
                        .status())
                .isEqualTo(200);
        String q = "/api/v1/accounts?id[]=" + cal.id() + "&id[]=" + ana.id() + "&id[]=999999&id[]=x&id[]=" + cal.id();
        Http.Res forBob = http.get(q, bob.token());
        assertThat(forBob.status()).as(forBob.toString()).isEqualTo(200);
        assertThat(forBob.json()).hasSize(1);
        assertThat(forBob.json().get(0).get("id").asText()).isEqualTo(cal.idString());

        Http.Res forCal = http.get(q, cal.token());
        assertThat(forCal.json()).hasSize(2);
        assertThat(forCal.json().get(0).get("id").asText()).isEqualTo(cal.idString());
        assertThat(forCal.json().get(1).get("id").asText()).isEqualTo(ana.idString());
        assertThat(forCal.json().get(1).get("username").asText()).isEqualTo("ana");

        assertThat(http.get("/api/v1/accounts", cal.token()).status()).isEqualTo(422);
        StringBuilder many = new StringBuilder("/api/v1/accounts?id[]=1");
        for (int i = 0; i < 40; i++) many.append("&id[]=").append(i + 2);
        assertThat(http.get(many.toString(), cal.token()).status()).isEqualTo(422);
    }
}
